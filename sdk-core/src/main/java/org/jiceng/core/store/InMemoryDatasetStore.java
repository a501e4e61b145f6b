package org.jiceng.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.registry.Registry;

/**
 * A {@link DatasetStore} in memory, answering through a {@link Registry} built per dataset: the
 * reference implementation; nothing survives the JVM.
 */
public final class InMemoryDatasetStore implements DatasetStore {

    private record Saved(Dataset dataset, Registry registry) {
    }

    private final Map<String, Saved> saved = new ConcurrentSkipListMap<>();

    @Override
    public void save(String name, Dataset dataset) {
        saved.put(name, new Saved(dataset, Registry.build(dataset).registry()));
    }

    @Override
    public Optional<Dataset> load(String name) {
        return Optional.ofNullable(saved.get(name)).map(Saved::dataset);
    }

    @Override
    public List<String> names() {
        return List.copyOf(saved.keySet());
    }

    @Override
    public List<Membership> membersOf(String name, String organizationId, LocalDate day) {
        return Optional.ofNullable(saved.get(name)).map(s -> s.registry().membersOf(organizationId, day))
                .orElse(List.of());
    }

    @Override
    public List<Membership> membershipsOfPerson(String name, String personId, LocalDate day) {
        Saved s = saved.get(name);
        if (s == null) {
            return List.of();
        }
        return s.registry().membershipsOfPerson(personId).stream()
                .filter(m -> m.period().contains(day) && s.registry().organization(m.organizationId()).isPresent())
                .toList();
    }

    @Override
    public List<PartyOrganization> organizationsActiveOn(String name, LocalDate day) {
        return Optional.ofNullable(saved.get(name))
                .map(s -> s.registry().organizations().stream().filter(o -> o.activeOn(day)).toList())
                .orElse(List.of());
    }
}
