package org.jiceng.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Person;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordInstantiator#create} calls the canonical constructor through a method handle and reports as a
 * reflective call would: the constructor's own refusal as an {@link InvocationTargetException} carrying it,
 * arguments that do not fit as an {@link IllegalArgumentException}; {@link RecordInstantiator#read} reads the
 * components through generated accessor functions and reports an accessor's failure the same way.
 */
class RecordInstantiatorTest {

    /** An integrator's record: private, a primitive component, its own check. */
    private record Visit(String place, int minutes) {
        Visit {
            if (minutes < 0) {
                throw new IllegalStateException("minutes must not be negative");
            }
        }
    }

    /** An integrator's record whose accessor is its own and fails. */
    private record Broken(String name) {
        @Override
        public String name() {
            throw new IllegalStateException("no name today");
        }
    }

    @Test
    void readGivesEveryComponentValueAsItsAccessorDoes() throws ReflectiveOperationException {
        Person p = new Person("p1", "张三", Optional.of("110105195001010027"), Optional.empty(), Optional.of("a-1"),
                Map.of("民族", "汉"));
        assertThat(RecordInstantiator.model(Person.class).read(p)).containsExactly(p.id(), p.name(), p.idNumber(),
                p.phone(), p.homeAreaId(), p.extras());
        // A private record, a primitive component boxed.
        assertThat(RecordInstantiator.custom(Visit.class).read(new Visit("hall", 25))).containsExactly("hall", 25);
    }

    @Test
    void anAccessorsFailureArrivesAsTheCauseOfAnInvocationTargetException() {
        assertThatThrownBy(() -> RecordInstantiator.custom(Broken.class).read(new Broken("x")))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("no name today");
    }

    @Test
    void aRowOfAnotherTypeIsRefusedBeforeAnyAccessorIsCalled() {
        assertThatThrownBy(() -> RecordInstantiator.custom(Visit.class).read(new Broken("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Visit");
    }

    @Test
    void aModelRecordIsBuiltFromItsComponentValues() throws ReflectiveOperationException {
        Object[] args = {"p1", "张三", Optional.of("110105195001010027"), Optional.empty(), Optional.of("a-1"), Map.of()};
        assertThat(RecordInstantiator.model(Person.class).create(args))
                .isEqualTo(new Person("p1", "张三", Optional.of("110105195001010027"), Optional.empty(), Optional.of("a-1")));
    }

    @Test
    void aPrivateRecordWithAPrimitiveComponentIsBuiltFromBoxedValues() throws ReflectiveOperationException {
        assertThat(RecordInstantiator.custom(Visit.class).create(new Object[] {"hall", 25})).isEqualTo(new Visit("hall", 25));
    }

    @Test
    void theConstructorsOwnRefusalArrivesAsTheCauseOfAnInvocationTargetException() {
        assertThatThrownBy(() -> RecordInstantiator.model(Person.class)
                .create(new Object[] {" ", "张三", Optional.empty(), Optional.empty(), Optional.empty(), Map.of()}))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be blank");
        assertThatThrownBy(() -> RecordInstantiator.custom(Visit.class).create(new Object[] {"hall", -1}))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("minutes must not be negative");
        assertThatThrownBy(() -> RecordInstantiator.model(Person.class)
                .create(new Object[] {null, "张三", Optional.empty(), Optional.empty(), Optional.empty(), Map.of()}))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(NullPointerException.class).hasMessage("id must not be null");
    }

    @Test
    void argumentsThatDoNotFitAreRefusedBeforeTheConstructor() {
        RecordInstantiator visits = RecordInstantiator.custom(Visit.class);
        assertThatThrownBy(() -> visits.create(new Object[] {"hall"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> visits.create(new Object[] {"hall", "25"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> visits.create(new Object[] {"hall", null})).isInstanceOf(IllegalArgumentException.class);
    }
}
