package org.jiceng.io.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jiceng.core.validation.ChineseIdNumber;
import org.jiceng.core.validation.PhoneNumber;

/**
 * An integrator's own record, annotated as a community would map its resident roster (居民花名册): the
 * test subject of the annotated mapping, shared with the XLSX module's tests.
 *
 * @param name 姓名
 * @param idNumber 身份证号, also read under 公民身份号码 and ID number
 * @param phone 联系电话, optional
 * @param born 出生日期
 * @param householdSize 家庭人口
 * @param registerNumber 户籍编号
 * @param allowance 补贴金额
 * @param partyMember 是否党员
 * @param residence 居住状态
 * @param note 备注, optional
 */
@Table(value = "居民", key = "residents")
public record Resident(
        @Column(value = "姓名", order = 1) @NotBlank String name,
        @Column(value = "身份证号", aliases = {"公民身份号码", "ID number"}, order = 2) @ChineseIdNumber String idNumber,
        @Column(value = "联系电话", order = 3) Optional<@PhoneNumber String> phone,
        @Column("出生日期") LocalDate born,
        @Column("家庭人口") @PositiveOrZero int householdSize,
        @Column("户籍编号") long registerNumber,
        @Column("补贴金额") BigDecimal allowance,
        @Column("是否党员") boolean partyMember,
        @Column("居住状态") Residence residence,
        @Column("备注") Optional<String> note) {

    /** 居住状态, with Chinese labels. */
    public enum Residence {
        /** 常住. */
        RESIDENT("常住"),
        /** 流动. */
        MIGRANT("流动");

        private final String label;

        Residence(String label) {
            this.label = label;
        }

        /** @return the Chinese label */
        public String label() {
            return label;
        }
    }
}
