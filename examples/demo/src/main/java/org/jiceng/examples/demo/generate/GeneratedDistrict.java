package org.jiceng.examples.demo.generate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.core.model.Dataset;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything the generator produces: the model records, plus the geography and cases that the model
 * does not hold (building locations, community boundaries, rivers, whistle cases).
 *
 * @param spec what was asked for
 * @param seed the seed used
 * @param dataset the model records
 * @param buildings one site per building area, in area order
 * @param communityBoxes the bounding box of every community, by community area id
 * @param communityShapes the (organic) boundary of every community in lon/lat, by community area id
 * @param outline the district outline in lon/lat; the communities tile it
 * @param bounds the bounding box of the whole district and its rivers
 * @param rivers the river network
 * @param cases the whistle cases of the year, by reception time
 * @param injectedDefects the deliberate data errors the generator planted for validation to find
 */
public record GeneratedDistrict(DistrictSpec spec, long seed, Dataset dataset, List<BuildingSite> buildings,
        Map<String, Box> communityBoxes, Map<String, Geometry> communityShapes, Geometry outline, Box bounds, List<River> rivers, List<WhistleCase> cases,
        List<InjectedDefect> injectedDefects) {

    /** Copies the collections; community boxes keep a sorted, deterministic order. */
    public GeneratedDistrict {
        buildings = List.copyOf(buildings);
        communityBoxes = Collections.unmodifiableMap(new TreeMap<>(communityBoxes));
        // JTS geometries are mutable: keep copies, and hand out the copies (callers must not modify them).
        TreeMap<String, Geometry> shapes = new TreeMap<>();
        communityShapes.forEach((id, g) -> shapes.put(id, g.copy()));
        communityShapes = Collections.unmodifiableMap(shapes);
        outline = outline.copy();
        injectedDefects = List.copyOf(injectedDefects);
        rivers = List.copyOf(rivers);
        cases = List.copyOf(cases);
    }
}
