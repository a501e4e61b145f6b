package org.jiceng.cases.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;

/**
 * Durable storage of cases and their append-only, hash-chained trails.
 *
 * <p>Contract (checked by {@code org.jiceng.testkit.cases.store.CaseStoreCompatibilityKit}):
 * <ul>
 *   <li>a call that returns has made its change durable (acknowledged means committed); a call that
 *       throws has changed nothing;</li>
 *   <li>a trail only grows: entries are never changed or removed, and every entry is chained to its
 *       predecessor by {@link TrailHashing};</li>
 *   <li>{@link #append} succeeds only when the caller's expected version is the stored one, so of
 *       several writers racing on one version exactly one wins and the others get a
 *       {@link CaseVersionConflictException} carrying the current state;</li>
 *   <li>every transition is checked by the case's rules ({@link org.jiceng.cases.CaseTrail#append})
 *       before it is stored.</li>
 * </ul>
 * Implementations are safe for use by several threads.
 */
public interface CaseStore {

    /**
     * Stores a new case with its whole trail (usually its reception entry only).
     *
     * @param c the case
     * @return the stored case, at version {@code c.trail().entries().size()}
     * @throws CaseAlreadyExistsException when a case with that id is stored
     */
    StoredCase create(Case c);

    /**
     * Stores many new cases, each with its whole trail. Stores that can do it in one transaction
     * (the JDBC one does) store all or none; the default stores them one by one.
     *
     * @param cases the cases, with distinct ids
     * @return the stored cases, in the given order
     * @throws CaseAlreadyExistsException when a case with one of the ids is stored
     */
    default List<StoredCase> createAll(List<Case> cases) {
        return cases.stream().map(this::create).toList();
    }

    /**
     * Appends one transition.
     *
     * @param caseId the case
     * @param expectedVersion the version the caller last saw ({@link StoredCase#version()})
     * @param entry the transition
     * @return the case after the transition
     * @throws UnknownCaseException when no such case is stored
     * @throws CaseVersionConflictException when the stored version is not {@code expectedVersion}
     * @throws org.jiceng.cases.IllegalCaseTransitionException when the state machine refuses the move
     * @throws org.jiceng.cases.CaseRuleException when another trail rule refuses the entry
     */
    StoredCase append(String caseId, long expectedVersion, AuditEntry entry);

    /**
     * @param caseId a case id
     * @return the case with its whole trail, or empty when not stored
     */
    Optional<StoredCase> load(String caseId);

    /**
     * @param query the filter
     * @return the matching cases in case id order
     */
    List<StoredCase> query(CaseQuery query);

    /**
     * Streams every stored case in case id order. The stream may hold a connection: close it (use
     * try-with-resources).
     *
     * @return every case
     */
    Stream<StoredCase> streamAll();

    /** @return the number of stored cases */
    long count();

    /**
     * Recomputes one case's chain from the stored values.
     *
     * @param caseId the case
     * @return the first broken link, if any
     * @throws UnknownCaseException when no such case is stored
     */
    TrailVerification verify(String caseId);

    /**
     * Recomputes every case's chain.
     *
     * @return the first broken link of every broken case
     */
    VerificationReport verifyAll();
}
