package org.jiceng.grid.coverage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of validating a coverage of sibling grids.
 *
 * @param gridCount the number of grids checked
 * @param parentGiven whether gaps were measured against a parent boundary
 * @param issues every defect found, ordered by kind, then grid ids, then location
 */
public record CoverageReport(int gridCount, boolean parentGiven, List<CoverageIssue> issues) {

    /**
     * Copies the list.
     *
     * @param gridCount the number of grids checked
     * @param parentGiven whether gaps were measured against a parent boundary
     * @param issues every defect found, ordered by kind, then grid ids, then location
     * @throws NullPointerException if {@code issues} or an issue in it is null
     */
    public CoverageReport {
        issues = List.copyOf(issues);
    }

    /** @return true when no overlap, gap or outside-parent piece was found */
    public boolean isClean() {
        return issues.isEmpty();
    }

    /** @return the overlaps */
    public List<CoverageIssue> overlaps() {
        return of(CoverageIssue.Kind.OVERLAP);
    }

    /** @return the gaps */
    public List<CoverageIssue> gaps() {
        return of(CoverageIssue.Kind.GAP);
    }

    /** @return the parts of grids outside the parent boundary */
    public List<CoverageIssue> outsideParent() {
        return of(CoverageIssue.Kind.OUTSIDE_PARENT);
    }

    private List<CoverageIssue> of(CoverageIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).toList();
    }

    /** @return a multi-line English summary: counts, then one line per issue */
    public String summary() {
        String head = gridCount + " grids: " + overlaps().size() + " overlap(s), " + gaps().size() + " gap(s), "
                + outsideParent().size() + " piece(s) outside the parent";
        return issues.isEmpty() ? head
                : head + issues.stream().map(i -> "\n  " + i.describe()).collect(Collectors.joining());
    }
}
