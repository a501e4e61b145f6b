/**
 * Whistle-and-report (吹哨报到) and complaint handling (接诉即办): the {@link org.jiceng.core.cases.Case}
 * model, its explicit {@link org.jiceng.core.cases.CaseStateMachine}, the append-only
 * {@link org.jiceng.core.cases.CaseTrail} (吹哨全留痕), the {@link org.jiceng.core.cases.SituationCatalogue}
 * of situations with their departments and SLA, routing ({@link org.jiceng.core.cases.CaseRouting}),
 * {@link org.jiceng.core.cases.CaseMetrics} and the department assessment events of
 * {@link org.jiceng.core.cases.CaseAssessment} (一哨一考核).
 */
package org.jiceng.core.cases;
