package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.nonBlank;
import static org.jiceng.core.model.Checks.nonNull;
import static org.jiceng.core.model.Checks.orderedMap;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.privacy.Masking;
import org.jiceng.core.validation.ChineseIdNumber;
import org.jiceng.core.validation.NotBlankIfPresent;
import org.jiceng.core.validation.PhoneNumber;

/**
 * A natural person (Popolo {@code Person}). ID numbers and phone numbers are personal data:
 * {@link #toString()} masks them, and exporters mask them unless told otherwise.
 *
 * @param id identifier (not the ID number)
 * @param name full name
 * @param idNumber resident ID number (GB 11643), when known
 * @param phone mobile or landline number, when known
 * @param homeAreaId the area the person lives in (community, compound or building), when known
 * @param extras further facts a source holds that the model has no field for (a roster's 民族, 学历 …),
 *     column name to value in the source's column order; immutable, empty by default, kept on export;
 *     keys are non-blank and nothing is null (checked by the constructor)
 */
public record Person(
        @NotBlank String id,
        @NotBlank String name,
        Optional<@ChineseIdNumber String> idNumber,
        Optional<@PhoneNumber String> phone,
        Optional<@NotBlankIfPresent String> homeAreaId,
        Map<String, String> extras) implements Identified {

    /**
     * Validates required components and normalises absent optionals.
     *
     * @param id identifier (not the ID number)
     * @param name full name
     * @param idNumber resident ID number (GB 11643), when known
     * @param phone mobile or landline number, when known
     * @param homeAreaId the area the person lives in (community, compound or building), when known
     * @param extras further facts without a field, in source order (null is taken as empty)
     */
    public Person {
        nonBlank(id, "id");
        nonBlank(name, "name");
        idNumber = nonNull(idNumber, "idNumber");
        phone = nonNull(phone, "phone");
        homeAreaId = nonNull(homeAreaId, "homeAreaId");
        extras = orderedMap(extras, "extras"); // keys non-blank, no nulls: checked here, not by Bean Validation
    }

    /**
     * A person without extras.
     *
     * @param id identifier (not the ID number)
     * @param name full name
     * @param idNumber resident ID number (GB 11643), when known
     * @param phone mobile or landline number, when known
     * @param homeAreaId the area the person lives in, when known
     */
    public Person(String id, String name, Optional<String> idNumber, Optional<String> phone,
            Optional<String> homeAreaId) {
        this(id, name, idNumber, phone, homeAreaId, Map.of());
    }

    /**
     * @param facts further facts without a field, in order
     * @return a copy with those extras
     */
    public Person withExtras(Map<String, String> facts) {
        return new Person(id, name, idNumber, phone, homeAreaId, facts);
    }

    /**
     * @param id identifier
     * @param name full name
     * @return a person with no personal numbers and no home area
     */
    public static Person of(String id, String name) {
        return new Person(id, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return the ID number with its middle digits masked */
    public Optional<String> maskedIdNumber() {
        return idNumber.map(Masking::idNumber);
    }

    /** @return the phone number with its middle digits masked */
    public Optional<String> maskedPhone() {
        return phone.map(Masking::phone);
    }

    /** Masks personal numbers so that logging a person never leaks them. */
    @Override
    public String toString() {
        return "Person[id=" + id + ", name=" + name + ", idNumber=" + maskedIdNumber().orElse("-")
                + ", phone=" + maskedPhone().orElse("-") + ", homeAreaId=" + homeAreaId.orElse("-")
                + (extras.isEmpty() ? "" : ", extras=" + extras.keySet()) + "]";
    }
}
