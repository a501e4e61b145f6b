package org.jiceng.io.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.validation.ChineseIdNumber;
import org.jiceng.core.validation.PhoneNumber;

/**
 * The resident roster of {@link Resident} as an EasyExcel-style class (POJO) rather than a record: a public
 * no-argument constructor, annotated fields, getters and setters for most, a public field and a field without
 * accessors for the others, a static and a transient field that are not columns. Shared with the XLSX module's
 * tests.
 */
@Table(value = "居民", key = "residents")
public class ResidentBean {

    /** Not a column: static. */
    static final int MAX_HOUSEHOLD = 99;

    @Column(value = "姓名", order = 1)
    @NotBlank
    private String name;

    @Column(value = "身份证号", aliases = {"公民身份号码", "ID number"}, order = 2)
    @ChineseIdNumber
    private String idNumber;

    /** No getter or setter: read and written as a field. */
    @Column(value = "联系电话", order = 3)
    private Optional<@PhoneNumber String> phone = Optional.empty();

    /** A public field. */
    @Column("出生日期")
    public LocalDate born;

    @Column("家庭人口")
    @PositiveOrZero
    private int householdSize;

    @Column("户籍编号")
    private long registerNumber;

    @Column("补贴金额")
    private BigDecimal allowance;

    @Column("是否党员")
    private boolean partyMember;

    @Column("居住状态")
    private Resident.Residence residence;

    /** An optional text column that is not an {@code Optional}: a blank cell is the empty string. */
    @Column(value = "备注", required = false)
    private String note = "";

    /** Not a column: transient. */
    private transient String cache = "";

    /** The no-argument constructor a mapped class needs. */
    public ResidentBean() {
    }

    /**
     * @param r a resident record
     * @return the same resident as a bean, the optional note as the empty string when absent
     */
    public static ResidentBean of(Resident r) {
        ResidentBean b = new ResidentBean();
        b.setName(r.name());
        b.setIdNumber(r.idNumber());
        b.phone = r.phone();
        b.born = r.born();
        b.setHouseholdSize(r.householdSize());
        b.setRegisterNumber(r.registerNumber());
        b.setAllowance(r.allowance());
        b.setPartyMember(r.partyMember());
        b.setResidence(r.residence());
        b.setNote(r.note().orElse(""));
        return b;
    }

    /** @return 姓名 */
    public String getName() {
        return name;
    }

    /** @param name 姓名 */
    public void setName(String name) {
        this.name = name;
    }

    /** @return 身份证号 */
    public String getIdNumber() {
        return idNumber;
    }

    /** @param idNumber 身份证号 */
    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    /** @return 联系电话 */
    public Optional<String> phone() {
        return phone;
    }

    /** @return 家庭人口 */
    public int getHouseholdSize() {
        return householdSize;
    }

    /**
     * @param householdSize 家庭人口, at most {@value #MAX_HOUSEHOLD}
     * @throws IllegalArgumentException when larger: the row is rejected
     */
    public void setHouseholdSize(int householdSize) {
        if (householdSize > MAX_HOUSEHOLD) {
            throw new IllegalArgumentException("householdSize must be at most " + MAX_HOUSEHOLD + ", was "
                    + householdSize);
        }
        this.householdSize = householdSize;
        this.cache = "";
    }

    /** @return 户籍编号 */
    public long getRegisterNumber() {
        return registerNumber;
    }

    /** @param registerNumber 户籍编号 */
    public void setRegisterNumber(long registerNumber) {
        this.registerNumber = registerNumber;
    }

    /** @return 补贴金额 */
    public BigDecimal getAllowance() {
        return allowance;
    }

    /** @param allowance 补贴金额 */
    public void setAllowance(BigDecimal allowance) {
        this.allowance = allowance;
    }

    /** @return 是否党员 */
    public boolean isPartyMember() {
        return partyMember;
    }

    /** @param partyMember 是否党员 */
    public void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    /** @return 居住状态 */
    public Resident.Residence getResidence() {
        return residence;
    }

    /** @param residence 居住状态 */
    public void setResidence(Resident.Residence residence) {
        this.residence = residence;
    }

    /** @return 备注, empty when none */
    public String getNote() {
        return note;
    }

    /** @param note 备注 */
    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentBean b && Objects.equals(name, b.name) && Objects.equals(idNumber, b.idNumber)
                && phone.equals(b.phone) && Objects.equals(born, b.born) && householdSize == b.householdSize
                && registerNumber == b.registerNumber && Objects.equals(allowance, b.allowance)
                && partyMember == b.partyMember && residence == b.residence && Objects.equals(note, b.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, idNumber, phone, born, householdSize, registerNumber, allowance, partyMember,
                residence, note);
    }

    @Override
    public String toString() {
        return "ResidentBean[" + name + ", " + idNumber + ", " + phone + ", " + born + ", " + householdSize + ", "
                + registerNumber + ", " + allowance + ", " + partyMember + ", " + residence + ", " + note + "]";
    }
}
