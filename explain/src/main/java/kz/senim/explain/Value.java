package kz.senim.explain;

import java.math.BigDecimal;
import java.util.Objects;

/** A person's value for one feature: a number or a category code. */
public sealed interface Value {

    static Value of(BigDecimal number) {
        return new Num(number);
    }

    static Value of(String number) {
        return new Num(new BigDecimal(number));
    }

    static Value category(String code) {
        return new Cat(code);
    }

    record Num(BigDecimal number) implements Value {
        public Num {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public String toString() {
            return number.toPlainString();
        }
    }

    record Cat(String code) implements Value {
        public Cat {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
