package org.jiceng.io.popolo;

/**
 * The mapping between the Jiceng model and Popolo JSON (https://www.popoloproject.com/specs/), used
 * by {@link PopoloWriter} and the {@code popolo} format provider.
 *
 * <p>A document is one object with the arrays {@code persons}, {@code organizations},
 * {@code memberships}, {@code posts} and {@code areas}. Every object is one import row; its row
 * location is its JSON pointer, e.g. {@code /memberships/12}. Nothing is dropped in silence: other
 * top-level members ({@code events}, {@code meta}, {@code vote_events} …) are each a warning
 * {@value #SECTION_IGNORED}, and members of objects that no field takes ({@code gender}, {@code image},
 * {@code other_names} …) a warning {@code column-ignored} once per section.
 *
 * <p>Popolo as published (e.g. EveryPolitician's {@code ep-popolo-v1.0.json}):
 * <ul>
 *   <li>a membership without {@code id} gets the id {@code person_id|organization_id|role|start_date}
 *       (the texts as written, {@code start_date} empty when absent), stable across reads, with a warning
 *       {@code popolo:derived-id}; two such memberships with the same four values are a duplicate;</li>
 *   <li>a membership without {@code start_date} holds since an unknown day: its period starts at
 *       {@link org.jiceng.core.model.DateRange#UNKNOWN_START}, with a warning {@code popolo:open-start}, and is
 *       written back without {@code start_date};</li>
 *   <li>memberships embedded in a person or an organisation ({@code memberships: [...]}) are read with the
 *       person or organisation implied; a fault in one rejects the row that holds it;</li>
 *   <li>a partial date ({@code 2014}, {@code 2014-05}) is read as the first day of the period for a start
 *       and the last day for an end, with a warning {@code popolo:partial-date} naming both.</li>
 * </ul>
 *
 * <table>
 * <caption>Mapping</caption>
 * <tr><th>model</th><th>Popolo</th></tr>
 * <tr><td>{@code Person} id, name</td><td>{@code id}, {@code name}</td></tr>
 * <tr><td>{@code Person.idNumber}</td><td>{@code identifiers[]} with scheme {@value #SCHEME_ID_NUMBER}
 *     (clear) or {@value #SCHEME_ID_NUMBER_MASKED} (masked)</td></tr>
 * <tr><td>{@code Person.phone}</td><td>first {@code contact_details[]} of type {@code voice},
 *     {@code cell} or {@code phone} (note {@value #NOTE_MASKED} when masked)</td></tr>
 * <tr><td>{@code Person.homeAreaId}</td><td>{@code jiceng.home_area_id}</td></tr>
 * <tr><td>{@code PartyMember} status, joined</td><td>{@code jiceng.party_member.status} (正式/预备),
 *     {@code jiceng.party_member.joined}</td></tr>
 * <tr><td>{@code PartyOrganization} type</td><td>{@code classification}, the Chinese label (e.g. 党支部;
 *     constant names such as {@code BRANCH} are accepted on import)</td></tr>
 * <tr><td>{@code PartyOrganization} parentId, areaId, founded, dissolved</td><td>{@code parent_id},
 *     {@code area_id}, {@code founding_date}, {@code dissolution_date}</td></tr>
 * <tr><td>{@code PartyOrganization.memberOrganizationIds}</td><td>{@code jiceng.member_organization_ids}</td></tr>
 * <tr><td>{@code Membership}</td><td>{@code id}, {@code person_id} (or {@code member} with
 *     {@code @type} Person), {@code organization_id}, {@code role} (label), {@code post_id},
 *     {@code start_date}, {@code end_date}</td></tr>
 * <tr><td>{@code Post}</td><td>{@code id}, {@code label}, {@code role}, {@code organization_id},
 *     {@code area_id}</td></tr>
 * <tr><td>{@code Area}</td><td>{@code id}, {@code name}, {@code classification} (level label, e.g. 社区),
 *     {@code parent_id}, {@code identifiers[]} scheme {@value #SCHEME_DIVISION_CODE},
 *     {@code jiceng.geometry_ref}, {@code jiceng.households}, {@code jiceng.population}</td></tr>
 * </table>
 *
 * <p>Dates: Popolo dates may be partial ({@code 2019}, {@code 2019-03}). A partial start date means
 * its first day, a partial end date its last day. Popolo {@code end_date} is the last day a
 * membership holds; the model's {@code DateRange} end is the first day it no longer holds, so the
 * mapping adds one day on import and subtracts one on export. {@code dissolution_date} is the day
 * the organisation ceased, which is the model's {@code dissolved} as is.
 *
 * <p>Not carried: cadres, stationed units, social organisations, grids, events; organisation
 * members of organisations in Popolo's {@code member} form (use
 * {@code jiceng.member_organization_ids}).
 */
public final class Popolo {

    /** Identifier scheme of a resident ID number in clear (GB 11643). */
    public static final String SCHEME_ID_NUMBER = "gb11643";
    /**
     * Identifier scheme of a masked resident ID number. Like every format of the SDK, an import reads a
     * masked value back as it is written; Bean Validation then rejects it as an ID number, so a masked
     * export never passes for real data.
     */
    public static final String SCHEME_ID_NUMBER_MASKED = "gb11643-masked";
    /** Identifier scheme of an area's GB/T 2260 or 12-digit statistical division code. */
    public static final String SCHEME_DIVISION_CODE = "gb2260";
    /** Contact detail type written for phone numbers. */
    public static final String CONTACT_PHONE = "voice";
    /** Contact detail note marking a masked phone number. */
    public static final String NOTE_MASKED = "masked";
    /** Warning rule of a top-level section the model does not hold ({@code events}, {@code meta} …). */
    public static final String SECTION_IGNORED = "section-ignored";
    /** Name of the extension object holding Jiceng-specific fields on a Popolo object. */
    public static final String EXTENSION = "jiceng";

    private Popolo() {
    }
}
