package io.precog.models.domain.config;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Rules for config numbers: exact decimals and integers only, integers stored as the smallest of
 * Integer, Long and BigInteger that fits them, so that a config read back from JSON is equal to
 * the one written. For the same reason a BigDecimal of scale 0 or less, such as {@code new BigDecimal("5")}
 * or {@code new BigDecimal("1E+3")}, is stored as an integer: JSON writes the first as one, and
 * PostgreSQL's jsonb stores {@code 1E+3} as the integer {@code 1000}.
 */
final class NumberRules {

    /**
     * Largest accepted absolute {@link BigDecimal#scale()}. It bounds the plain notation of the
     * canonical form, which writes {@code 1E+1000} as 1001 digits.
     */
    static final int MAX_ABS_SCALE = 1000;

    /**
     * A magnitude of more bits than this is at least 16^65536, so it has more than 65536 decimal
     * digits and could never fit the serialized size limit. Rejecting it early avoids converting a
     * huge number to text.
     */
    private static final int MAX_BIT_LENGTH = 4 * ModelConfig.MAX_SERIALIZED_BYTES;

    private static final int INTEGER_BITS = 31;
    private static final int LONG_BITS = 63;

    private NumberRules() {
    }

    /**
     * Returns the config form of {@code value}.
     *
     * @throws io.precog.models.domain.error.InvalidConfigException naming {@code path} for a float or
     *         double, a decimal whose scale is out of range, a number too large for the size limit, or
     *         a Number type that is not allowed
     */
    static Number normalize(Number value, KeyPath path) {
        if (value instanceof Double || value instanceof Float) {
            throw ConfigViolations.floatingPoint(path, value);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.intValue();
        }
        if (value instanceof Long longValue) {
            return smallestInteger(BigInteger.valueOf(longValue));
        }
        if (value instanceof BigInteger integer) {
            checkBitLength(integer, "integer", path);
            return smallestInteger(exactBigInteger(integer));
        }
        if (value instanceof BigDecimal decimal) {
            return checkedDecimal(decimal, path);
        }
        throw ConfigViolations.unsupportedType(path, value);
    }

    private static Number checkedDecimal(BigDecimal decimal, KeyPath path) {
        BigInteger unscaled = exactBigInteger(decimal.unscaledValue());
        checkBitLength(unscaled, "decimal", path);
        int scale = decimal.scale();
        if (Math.abs((long) scale) > MAX_ABS_SCALE) {
            throw ConfigViolations.scaleOutOfRange(path, decimal.toString(), scale);
        }
        if (scale <= 0) {
            return smallestInteger(unscaled.multiply(BigInteger.TEN.pow(-scale)));
        }
        return decimal.getClass() == BigDecimal.class ? decimal : new BigDecimal(unscaled, scale);
    }

    private static void checkBitLength(BigInteger magnitude, String kind, KeyPath path) {
        if (magnitude.bitLength() > MAX_BIT_LENGTH) {
            throw ConfigViolations.valueTooLarge(path,
                    kind + " has " + magnitude.bitLength() + " bits, so more than "
                            + ModelConfig.MAX_SERIALIZED_BYTES + " decimal digits");
        }
    }

    private static Number smallestInteger(BigInteger integer) {
        if (integer.bitLength() <= INTEGER_BITS) {
            return integer.intValue();
        }
        if (integer.bitLength() <= LONG_BITS) {
            return integer.longValue();
        }
        return integer;
    }

    /** Copies a subclass of BigInteger, whose methods could be overridden, into a plain BigInteger. */
    private static BigInteger exactBigInteger(BigInteger integer) {
        return integer.getClass() == BigInteger.class ? integer : new BigInteger(integer.toByteArray());
    }
}
