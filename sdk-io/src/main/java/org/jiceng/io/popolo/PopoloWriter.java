package org.jiceng.io.popolo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.privacy.Masking;

/**
 * Writes persons, party organisations, memberships, posts and areas of a {@link Dataset} as one
 * Popolo JSON document ({@code {"persons": [...], "organizations": [...], "memberships": [...],
 * "posts": [...], "areas": [...]}}), the shape of EveryPolitician exports. The mapping is
 * described in {@link Popolo}.
 *
 * <p>Personal data is masked by default: ID numbers are written under the identifier scheme
 * {@value Popolo#SCHEME_ID_NUMBER_MASKED} and phone numbers with the contact note
 * {@value Popolo#NOTE_MASKED}, so that readers of the file see that they are masked (a re-import reads
 * the masked values, which Bean Validation then rejects as ID or phone numbers).
 * {@link #unmasked()} is the explicit opt-out.
 */
public final class PopoloWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean mask;
    private final boolean pretty;
    private final boolean english;

    private PopoloWriter(boolean mask, boolean pretty, boolean english) {
        this.mask = mask;
        this.pretty = pretty;
        this.english = english;
    }

    /** @return a writer that masks ID numbers and phones, compact output */
    public static PopoloWriter masked() {
        return new PopoloWriter(true, false, false);
    }

    /**
     * The explicit opt-out of masking: writes real ID numbers and phone numbers.
     *
     * @return a writer that writes personal numbers in clear
     */
    public static PopoloWriter unmasked() {
        return new PopoloWriter(false, false, false);
    }

    /** @return a copy of this writer that indents its output */
    public PopoloWriter pretty() {
        return new PopoloWriter(mask, true, english);
    }

    /**
     * @param englishLabels true to write classifications, roles and member statuses as constant names
     *     ({@code BRANCH}, {@code SECRETARY}, {@code FULL}); false (default) for Chinese labels
     *     ({@code 党支部}, {@code 书记}, {@code 正式}); imports accept both
     * @return a copy of this writer with that choice
     */
    public PopoloWriter englishLabels(boolean englishLabels) {
        return new PopoloWriter(mask, pretty, englishLabels);
    }

    /** @return true when personal numbers are masked */
    public boolean masksPersonalData() {
        return mask;
    }

    /**
     * Writes the Popolo document as UTF-8; the stream is flushed, not closed. Records of kinds Popolo
     * does not carry (cadres, stationed units, social organisations, grids, events) are not written.
     *
     * @param dataset the records
     * @param out destination
     * @throws UncheckedIOException when writing fails
     */
    public void write(Dataset dataset, OutputStream out) {
        Map<String, PartyMember> partyMembers = dataset.partyMembers().stream()
                .collect(Collectors.toMap(PartyMember::personId, Function.identity(), (a, b) -> a));
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            if (pretty) {
                gen.useDefaultPrettyPrinter();
            }
            gen.writeStartObject();
            gen.writeArrayFieldStart("persons");
            for (Person person : dataset.persons()) {
                writePerson(gen, person, Optional.ofNullable(partyMembers.get(person.id())));
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("organizations");
            for (PartyOrganization organization : dataset.organizations()) {
                writeOrganization(gen, organization);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("memberships");
            for (Membership membership : dataset.memberships()) {
                writeMembership(gen, membership);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("posts");
            for (Post post : dataset.posts()) {
                writePost(gen, post);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("areas");
            for (Area area : dataset.areas()) {
                writeArea(gen, area);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Popolo JSON: " + e.getMessage(), e);
        }
    }

    private void writePerson(JsonGenerator gen, Person person, Optional<PartyMember> member) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", person.id());
        gen.writeStringField("name", person.name());
        if (person.idNumber().isPresent()) {
            gen.writeArrayFieldStart("identifiers");
            identifier(gen, mask ? Popolo.SCHEME_ID_NUMBER_MASKED : Popolo.SCHEME_ID_NUMBER,
                    mask ? Masking.idNumber(person.idNumber().get()) : person.idNumber().get());
            gen.writeEndArray();
        }
        if (person.phone().isPresent()) {
            gen.writeArrayFieldStart("contact_details");
            gen.writeStartObject();
            gen.writeStringField("type", Popolo.CONTACT_PHONE);
            gen.writeStringField("value", mask ? Masking.phone(person.phone().get()) : person.phone().get());
            if (mask) {
                gen.writeStringField("note", Popolo.NOTE_MASKED);
            }
            gen.writeEndObject();
            gen.writeEndArray();
        }
        if (person.homeAreaId().isPresent() || member.isPresent()) {
            gen.writeObjectFieldStart(Popolo.EXTENSION);
            string(gen, "home_area_id", person.homeAreaId());
            if (member.isPresent()) {
                gen.writeObjectFieldStart("party_member");
                gen.writeStringField("status", english ? member.get().status().name() : member.get().status().label());
                date(gen, "joined", member.get().joined());
                gen.writeEndObject();
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private void writeOrganization(JsonGenerator gen, PartyOrganization org) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", org.id());
        gen.writeStringField("name", org.name());
        gen.writeStringField("classification", english ? org.type().name() : org.type().label());
        string(gen, "parent_id", org.parentId());
        string(gen, "area_id", org.areaId());
        date(gen, "founding_date", org.founded());
        date(gen, "dissolution_date", org.dissolved());
        if (!org.memberOrganizationIds().isEmpty()) {
            gen.writeObjectFieldStart(Popolo.EXTENSION);
            gen.writeArrayFieldStart("member_organization_ids");
            for (String id : new TreeSet<>(org.memberOrganizationIds())) { // sorted: stable output
                gen.writeString(id);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private void writeMembership(JsonGenerator gen, Membership m) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", m.id());
        gen.writeStringField("person_id", m.personId());
        gen.writeStringField("organization_id", m.organizationId());
        gen.writeStringField("role", english ? m.role().name() : m.role().label());
        string(gen, "post_id", m.postId());
        if (m.period().hasKnownStart()) {
            gen.writeStringField("start_date", m.period().from().toString());
        }
        // Popolo end dates are the last day held; the model's range end is the first day no longer held.
        date(gen, "end_date", m.period().to().map(to -> to.minusDays(1)));
        gen.writeEndObject();
    }

    private void writePost(JsonGenerator gen, Post post) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", post.id());
        gen.writeStringField("label", post.label());
        gen.writeStringField("role", english ? post.role().name() : post.role().label());
        gen.writeStringField("organization_id", post.organizationId());
        string(gen, "area_id", post.areaId());
        gen.writeEndObject();
    }

    private void writeArea(JsonGenerator gen, Area area) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", area.id());
        gen.writeStringField("name", area.name());
        gen.writeStringField("classification", english ? area.level().name() : area.level().label());
        string(gen, "parent_id", area.parentId());
        if (area.divisionCode().isPresent()) {
            gen.writeArrayFieldStart("identifiers");
            identifier(gen, Popolo.SCHEME_DIVISION_CODE, area.divisionCode().get());
            gen.writeEndArray();
        }
        if (area.geometryRef().isPresent() || area.households().isPresent() || area.population().isPresent()) {
            gen.writeObjectFieldStart(Popolo.EXTENSION);
            string(gen, "geometry_ref", area.geometryRef());
            if (area.households().isPresent()) {
                gen.writeNumberField("households", area.households().get());
            }
            if (area.population().isPresent()) {
                gen.writeNumberField("population", area.population().get());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void identifier(JsonGenerator gen, String scheme, String value) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("scheme", scheme);
        gen.writeStringField("identifier", value);
        gen.writeEndObject();
    }

    private static void string(JsonGenerator gen, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            gen.writeStringField(field, value.get());
        }
    }

    private static void date(JsonGenerator gen, String field, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            gen.writeStringField(field, value.get().toString());
        }
    }
}
