package org.jiceng.io.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.RecordKind;

/**
 * Chinese column headers and the built-in header alias table, shared by every tabular reader (CSV, XLSX,
 * JSON objects) through {@link KindMapping#match}. Keys are English column names; a kind-specific entry
 * ({@code persons.name}) wins over a shared one ({@code name}). The aliases are the headers Chinese party
 * and resident rosters really use (身份证号码, 公民身份号码, 联系电话, 手机号码, 所在支部, 入党时间 …);
 * roster columns the model has no field for (性别, 出生日期, 民族, 学历, 转正时间 …) are not aliased: they
 * end in a record's {@code extras} or are reported as ignored. Entry point: {@link #aliases(RecordKind, String)}.
 */
public final class HeaderCatalog {

    private static final Map<String, String> CHINESE = new HashMap<>();
    private static final Map<String, List<String>> ALIASES = new HashMap<>();

    static {
        zh("id", "编号");
        zh("name", "名称");
        zh("persons.name", "姓名");
        zh("level", "层级");
        zh("parentId", "上级编号");
        zh("divisionCode", "区划代码");
        zh("geometryRef", "边界引用");
        zh("households", "户数");
        zh("population", "人口");
        zh("type", "类型");
        zh("organizations.type", "组织类型");
        zh("stationedUnits.type", "单位类型");
        zh("events.type", "事件类型");
        zh("areaId", "所属区域");
        zh("founded", "成立日期");
        zh("dissolved", "撤销日期");
        zh("memberOrganizationIds", "成员组织");
        zh("idNumber", "身份证号");
        zh("phone", "手机号");
        zh("homeAreaId", "居住区域");
        zh("personId", "人员编号");
        zh("status", "党员类别");
        zh("joined", "入党日期");
        zh("organizationId", "所属组织");
        zh("memberships.organizationId", "所属支部");
        zh("role", "职务");
        zh("postId", "岗位编号");
        zh("periodFrom", "开始日期");
        zh("periodTo", "结束日期");
        zh("label", "岗位名称");
        zh("communityId", "所属社区");
        zh("reserveTier", "后备梯队");
        zh("payGrade", "薪酬档次");
        zh("creditCode", "统一社会信用代码");
        zh("partyOrganizationId", "党组织编号");
        zh("category", "服务领域");
        zh("registered", "登记日期");
        zh("code", "网格编码");
        zh("parentGridId", "上级网格");
        zh("responsiblePersonIds", "网格员");
        zh("subjectId", "对象编号");
        zh("time", "时间");
        zh("quantity", "数量");
        zh("attributes", "属性");
        zh("extras", "附加信息");

        alias("id", "标识");
        alias("persons.id", "人员编号", "党员编号", "标识");
        alias("personId", "党员编号", "人员id");
        alias("persons.name", "名字", "党员姓名", "人员姓名");
        alias("idNumber", "身份证号码", "身份证", "公民身份号码", "公民身份证号码", "身份证件号码", "证件号码",
                "证件号", "id_number", "idcard");
        alias("phone", "手机号码", "联系电话", "电话", "手机", "电话号码", "移动电话", "联系方式", "mobile", "tel");
        alias("organizationId", "所属党组织", "党组织", "支部", "所属支部", "所在支部", "所属党支部", "所在党支部",
                "所在党组织", "branch", "branchId");
        alias("persons.homeAreaId", "所属社区", "所在社区", "住址区域", "居住社区");
        alias("joined", "入党时间", "入党年月", "加入党组织日期");
        alias("status", "党员状态", "状态", "人员类别", "党籍状态");
        alias("role", "角色", "职位");
        alias("periodFrom", "起始日期", "开始时间", "from");
        alias("periodTo", "终止日期", "结束时间", "to");
        alias("divisionCode", "行政区划代码", "统计用区划代码");
        alias("parentId", "上级", "上级组织", "上级区域");
        alias("creditCode", "信用代码");
        alias("responsiblePersonIds", "网格长", "负责人");
    }

    private HeaderCatalog() {
    }

    private static void zh(String key, String value) {
        CHINESE.put(key, value);
    }

    private static void alias(String key, String... names) {
        ALIASES.put(key, List.of(names));
    }

    /**
     * @param kind the record kind
     * @param column the English column name
     * @return the Chinese header
     */
    public static String chinese(RecordKind kind, String column) {
        String specific = CHINESE.get(kind.key() + "." + column);
        if (specific != null) {
            return specific;
        }
        return CHINESE.getOrDefault(column, column);
    }

    /**
     * @param kind the record kind
     * @param column the English column name
     * @return the built-in aliases
     */
    public static List<String> aliases(RecordKind kind, String column) {
        List<String> specific = ALIASES.getOrDefault(kind.key() + "." + column, List.of());
        List<String> shared = ALIASES.getOrDefault(column, List.of());
        if (specific.isEmpty()) {
            return shared;
        }
        java.util.ArrayList<String> all = new java.util.ArrayList<>(specific);
        all.addAll(shared);
        return all;
    }
}
