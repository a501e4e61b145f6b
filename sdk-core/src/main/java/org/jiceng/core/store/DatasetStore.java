package org.jiceng.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.PartyOrganization;

/**
 * Stores whole {@link Dataset}s under a name and answers as-of-date questions about their
 * memberships and organisations without loading them.
 *
 * <p>Contract (checked by {@code org.jiceng.testkit.store.DatasetStoreCompatibilityKit}): a dataset
 * loads back equal to the one saved (every record, in the same order); the as-of queries answer as
 * {@link org.jiceng.core.registry.Registry} does on the same dataset; saving replaces the dataset of
 * that name as one atomic change.
 */
public interface DatasetStore {

    /**
     * @param name the dataset's name (e.g. a district and a date)
     * @param dataset the records
     */
    void save(String name, Dataset dataset);

    /**
     * @param name a name
     * @return the dataset saved under it
     */
    Optional<Dataset> load(String name);

    /** @return the names of the saved datasets, sorted */
    List<String> names();

    /**
     * As {@link org.jiceng.core.registry.Registry#membersOf}.
     *
     * @param name the dataset
     * @param organizationId an organisation
     * @param day a date
     * @return the organisation's memberships that hold on {@code day}, in dataset order; empty when the
     *     dataset or the organisation is unknown
     */
    List<Membership> membersOf(String name, String organizationId, LocalDate day);

    /**
     * @param name the dataset
     * @param personId a person
     * @param day a date
     * @return the person's memberships that hold on {@code day} (of organisations in the dataset), in
     *     dataset order
     */
    List<Membership> membershipsOfPerson(String name, String personId, LocalDate day);

    /**
     * @param name the dataset
     * @param day a date
     * @return the organisations {@link PartyOrganization#activeOn active} on {@code day}, in dataset order
     */
    List<PartyOrganization> organizationsActiveOn(String name, LocalDate day);
}
