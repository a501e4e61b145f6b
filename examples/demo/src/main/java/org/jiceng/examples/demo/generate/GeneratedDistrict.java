package org.jiceng.examples.demo.generate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiceng.core.model.Dataset;

/**
 * Everything the generator produces: the model records, plus the geography and cases that the model
 * does not hold (building locations, community boundaries, rivers, whistle cases).
 *
 * @param spec what was asked for
 * @param seed the seed used
 * @param dataset the model records
 * @param buildings one site per building area, in area order
 * @param communityBoxes the boundary of every community, by community area id
 * @param bounds the bounding box of the whole district
 * @param rivers the river network
 * @param cases the whistle cases of the year, by reception time
 * @param injectedDefects the deliberate data errors the generator planted for validation to find
 */
public record GeneratedDistrict(DistrictSpec spec, long seed, Dataset dataset, List<BuildingSite> buildings,
        Map<String, Box> communityBoxes, Box bounds, List<River> rivers, List<WhistleCase> cases,
        List<InjectedDefect> injectedDefects) {

    /** Copies the collections; community boxes keep a sorted, deterministic order. */
    public GeneratedDistrict {
        buildings = List.copyOf(buildings);
        communityBoxes = Collections.unmodifiableMap(new TreeMap<>(communityBoxes));
        injectedDefects = List.copyOf(injectedDefects);
        rivers = List.copyOf(rivers);
        cases = List.copyOf(cases);
    }
}
