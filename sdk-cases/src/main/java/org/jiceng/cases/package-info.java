/**
 * Whistle-and-report (吹哨报到) and complaint handling (接诉即办): the {@link org.jiceng.cases.Case}
 * model, its explicit {@link org.jiceng.cases.CaseStateMachine}, the append-only
 * {@link org.jiceng.cases.CaseTrail} (吹哨全留痕), the {@link org.jiceng.cases.SituationCatalogue}
 * of situations with their departments and SLA, routing ({@link org.jiceng.cases.CaseRouting}),
 * {@link org.jiceng.cases.CaseMetrics} and the department assessment events of
 * {@link org.jiceng.cases.CaseAssessment} (一哨一考核).
 */
@NullMarked
package org.jiceng.cases;

import org.jspecify.annotations.NullMarked;
