package org.jiceng.examples.demo.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists for plausible Chinese names of people, places and units. */
final class Names {

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
            "段", "普", "李", "杨", "赵");
    static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉云春海晓林燕斌宇浩凯琳欣怡梅";
    static final List<String> SUBDISTRICTS = List.of("金碧", "永昌", "前卫", "福海", "棕树营", "西苑", "马街", "碧鸡",
            "海口", "团结");
    static final String PLACE = "永兴顺昌华福安宁和平康乐兴盛金碧翠湖西园春雨滇池海埂船房采莲梁家韦家兴苑明珠书林红星";
    static final List<String> PLACE_SUFFIX = List.of("路", "里", "苑", "村", "园", "坊", "湾", "街");
    static final List<String> RIVERS = List.of("船房河", "采莲河", "大观河", "西坝河", "王家堆渠", "新运粮河", "老运粮河",
            "乌龙河", "大清河", "海河", "金家河", "太家河");
    static final List<String> ENTERPRISE = List.of("科技", "物业服务", "建设", "商贸", "文化传媒", "电子商务", "物流",
            "餐饮管理", "房地产开发", "信息技术");

    private Names() {
    }

    static String person(SplittableRandom rnd) {
        String surname = SURNAMES.get(rnd.nextInt(SURNAMES.size()));
        int len = rnd.nextInt(3) == 0 ? 1 : 2;
        StringBuilder name = new StringBuilder(surname);
        for (int i = 0; i < len; i++) {
            name.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String place(SplittableRandom rnd) {
        return "" + PLACE.charAt(rnd.nextInt(PLACE.length())) + PLACE.charAt(rnd.nextInt(PLACE.length()))
                + PLACE_SUFFIX.get(rnd.nextInt(PLACE_SUFFIX.size()));
    }

    static String subdistrict(int index) {
        return index < SUBDISTRICTS.size() ? SUBDISTRICTS.get(index) + "街道" : "第" + (index + 1) + "街道";
    }

    static String river(int index) {
        return index < RIVERS.size() ? RIVERS.get(index) : "第" + (index + 1) + "号河道";
    }
}
