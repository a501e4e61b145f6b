package org.jiceng.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jiceng.core.model.RecordKind;
import org.junit.jupiter.api.Test;

/** The alias table holds the headers Chinese party and resident rosters use. */
class HeaderCatalogTest {

    private static String column(RecordKind kind, String header) {
        KindMapping mapping = KindMapping.of(kind);
        int c = mapping.match(header, Map.of());
        return c < 0 ? "-" : mapping.columns().get(c).name();
    }

    @Test
    void rosterHeaderVariantsMapToTheirFields() {
        for (String h : new String[] {"身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "证件号码", "身份证 号码"}) {
            assertThat(column(RecordKind.PERSONS, h)).as(h).isEqualTo("idNumber");
        }
        for (String h : new String[] {"手机号", "手机号码", "联系电话", "手机", "电话号码", "联系方式"}) {
            assertThat(column(RecordKind.PERSONS, h)).as(h).isEqualTo("phone");
        }
        for (String h : new String[] {"姓名", "姓 名", "党员姓名"}) {
            assertThat(column(RecordKind.PERSONS, h)).as(h).isEqualTo("name");
        }
        for (String h : new String[] {"编号", "人员编号", "党员编号"}) {
            assertThat(column(RecordKind.PERSONS, h)).as(h).isEqualTo("id");
        }
        for (String h : new String[] {"所属支部", "所在支部", "所在党支部", "所属党组织"}) {
            assertThat(column(RecordKind.MEMBERSHIPS, h)).as(h).isEqualTo("organizationId");
        }
        for (String h : new String[] {"入党时间", "入党日期", "入党年月"}) {
            assertThat(column(RecordKind.PARTY_MEMBERS, h)).as(h).isEqualTo("joined");
        }
        assertThat(column(RecordKind.PARTY_MEMBERS, "党员编号")).isEqualTo("personId");
        assertThat(column(RecordKind.PARTY_MEMBERS, "人员类别")).isEqualTo("status");
    }

    @Test
    void rosterColumnsWithoutAFieldStayUnmappedForTheExtras() {
        for (String h : new String[] {"性别", "出生日期", "民族", "学历", "转正时间", "序号"}) {
            assertThat(column(RecordKind.PERSONS, h)).as(h).isEqualTo("-");
            assertThat(column(RecordKind.PARTY_MEMBERS, h)).as(h).isEqualTo("-");
        }
        assertThat(KindMapping.of(RecordKind.PERSONS).extrasColumn()).isNotNegative();
        assertThat(KindMapping.of(RecordKind.AREAS).extrasColumn()).isEqualTo(-1);
    }
}
