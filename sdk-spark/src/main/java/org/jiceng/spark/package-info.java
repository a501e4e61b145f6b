/**
 * The SDK on Apache Spark, for provinces and the nation: distributed scoring, point-in-grid location
 * and community partitioning, each reusing the single-machine code per partition so that results are
 * identical to one machine's. Spark is a {@code provided} dependency (built against 4.1.1, Scala
 * 2.13): the cluster's Spark is used. On Java 17+ the driver and executors need Spark's usual
 * {@code --add-opens} options (spark-submit's launcher passes them; embedded sessions must set them,
 * as this module's test build does).
 *
 * <h2>Entry points</h2>
 * <ul>
 * <li>{@link org.jiceng.spark.SparkScoring#score} — events to scorecards, ids shared by different
 *     events resolved by a {@link org.jiceng.scoring.ConflictPolicy} as in the engine;
 *     {@link org.jiceng.spark.SparkScoring#problems} — those conflicts as problem rows;</li>
 * <li>{@link org.jiceng.spark.SparkGrids#locate} — points to grid ids;</li>
 * <li>{@link org.jiceng.spark.SparkPartitioning#partition} — buildings of many communities to grids;</li>
 * <li>{@link org.jiceng.spark.SparkEvents} — event rows, Parquet reading with schema checks;
 *     {@link org.jiceng.spark.SyntheticEvents} — a deterministic workload for trial runs.</li>
 * </ul>
 *
 * <h2>Schemas (Parquet in and out)</h2>
 * Columns are found by name; extra input columns are ignored (scoring, partitioning) or kept
 * (location). Every Dataset here reads from and writes to Parquet as it is
 * ({@code spark.read().parquet(..)}, {@code dataset.write().parquet(..)}).
 *
 * <p><b>Events</b> ({@link org.jiceng.spark.SparkEvents#SCHEMA}):
 * <table>
 * <caption>event columns</caption>
 * <tr><th>column</th><th>type</th><th>meaning</th></tr>
 * <tr><td>id</td><td>string, required</td><td>event id; an id scores at most once</td></tr>
 * <tr><td>type</td><td>string, required</td><td>event type, e.g. {@code meeting.attended}</td></tr>
 * <tr><td>subject_id</td><td>string, required</td><td>member, organisation or unit scored</td></tr>
 * <tr><td>time</td><td>timestamp, required</td><td>the instant (UTC-based, microseconds)</td></tr>
 * <tr><td>quantity</td><td>decimal (any precision and scale; written as decimal(38,18)), required</td>
 *     <td>hours, visits, credits; 1 for counted events</td></tr>
 * <tr><td>area_id</td><td>string, optional</td><td>where it happened</td></tr>
 * <tr><td>attributes</td><td>map&lt;string,string&gt;, optional</td><td>further facts, e.g. {@code meeting → 党课}</td></tr>
 * </table>
 *
 * <p><b>Scorecards</b> ({@link org.jiceng.spark.SparkScoring#SCORECARD_SCHEMA}): {@code subject_id};
 * {@code total}, {@code awarded}, {@code deducted}, {@code expired} as decimal(20,2) points;
 * {@code events_scored} int; {@code grades} map&lt;string,string&gt; (banding to band key);
 * {@code lines} array of struct (rule, event_id, event_type, time, requested, granted, reason,
 * detail), empty unless lines are asked for; {@code json} the scorecard exactly as
 * {@link org.jiceng.scoring.Scorecard#toJson()} writes it.
 *
 * <p><b>Problems</b> ({@link org.jiceng.spark.SparkScoring#PROBLEM_SCHEMA}): {@code kind}
 * ({@code CONFLICTING_EVENT_ID} or {@code CONFLICT_RESOLVED}), {@code subject_id}, {@code event_id},
 * {@code detail}, {@code detail_zh} (the same in Chinese) strings; {@code rejects_subject} boolean (the subject has no scorecard).
 *
 * <p><b>Points</b> for location: {@code lon}, {@code lat} double (WGS-84 degrees, required), any other
 * columns; the output adds {@code grid_id} string (null outside every grid).
 *
 * <p><b>Buildings</b> ({@link org.jiceng.spark.SparkPartitioning#BUILDING_SCHEMA}): {@code community_code}
 * (12-digit division code), {@code building_id}, {@code lon}, {@code lat} double, {@code weight} long
 * (households). <b>Communities</b> ({@link org.jiceng.spark.SparkPartitioning#COMMUNITY_SCHEMA}):
 * {@code community_code}, {@code grid_count} int. <b>Grids</b>
 * ({@link org.jiceng.spark.SparkPartitioning#GRID_SCHEMA}): community_code, grid_code, grid_index,
 * building_count, load, building_ids, compactness, contiguous, hull_wkt, polygon_wkt, polygon_geojson.
 */
@NullMarked
package org.jiceng.spark;

import org.jspecify.annotations.NullMarked;
