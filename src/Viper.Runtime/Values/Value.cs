using System.Numerics;
using System.Runtime.CompilerServices;
using Viper.Runtime.Objects;

namespace Viper.Runtime.Values;

/// <summary>
/// A Python value in 16 bytes. <see cref="Ref"/> is either the heap object itself or an
/// <see cref="InlineTag"/> saying <see cref="Bits"/> holds an int (a <c>long</c>) or a float (a
/// <c>double</c>'s bits), so ints and floats never allocate; ints outside 64 bits become
/// <see cref="PyBigInt"/>. A null <see cref="Ref"/> is an unbound local. Fields are mutable so the
/// VM can update a slot's payload without rewriting its reference (see <see cref="SetInt"/>).
/// </summary>
public struct Value
{
    public object? Ref;
    public long Bits;

    private Value(object? reference, long bits)
    {
        Ref = reference;
        Bits = bits;
    }

    public static readonly object IntTag = InlineTag.Int;
    public static readonly object FloatTag = InlineTag.Float;

    public static Value None => new(PyNone.Instance, 0);

    public static Value True => new(PyBool.True, 0);

    public static Value False => new(PyBool.False, 0);

    public readonly bool IsBound => Ref is not null;

    public readonly bool IsInt => ReferenceEquals(Ref, IntTag);

    public readonly bool IsFloat => ReferenceEquals(Ref, FloatTag);

    public readonly bool IsNone => ReferenceEquals(Ref, PyNone.Instance);

    public readonly long AsInt => Bits;

    public readonly double AsFloat => BitConverter.Int64BitsToDouble(Bits);

    /// <summary>The heap object; only valid when the value is neither an inline int nor float.</summary>
    public readonly PyObject AsObject => Unsafe.As<PyObject>(Ref!);

    public readonly PyObject? ObjectOrNull => Ref as PyObject;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromInt(long value) => new(IntTag, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromFloat(double value) => new(FloatTag, BitConverter.DoubleToInt64Bits(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromObject(PyObject value) => new(value, 0);

    public static Value FromBool(bool value) => value ? True : False;

    public static Value FromBigInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? FromInt((long)value) : FromObject(new PyBigInt(value));

    public static Value FromString(string value) => FromObject(PyStr.Create(value));

    /// <summary>
    /// Stores an int into a slot, writing the reference field only when it changes: a slot that
    /// already holds an int takes a plain 8-byte store, with no GC write barrier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(ref Value slot, long value) => SetInline(ref slot, IntTag, value);

    /// <summary>Like <see cref="SetInt"/>, for floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetFloat(ref Value slot, double value) => SetInline(ref slot, FloatTag, BitConverter.DoubleToInt64Bits(value));

    /// <summary>
    /// <see cref="SetInt"/> or <see cref="SetFloat"/> with the tag passed in: the precompiled
    /// dispatch loop holds the tags in locals, because ReadyToRun code reads a static field through
    /// a helper call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInline(ref Value slot, object tag, long bits)
    {
        if (!ReferenceEquals(slot.Ref, tag))
        {
            slot.Ref = tag;
        }

        slot.Bits = bits;
    }

    /// <summary>Copies a value into a slot, skipping the reference store (and its barrier) when it is unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref Value slot, Value value)
    {
        if (!ReferenceEquals(slot.Ref, value.Ref))
        {
            slot.Ref = value.Ref;
        }

        slot.Bits = value.Bits;
    }

    // The two tags by identity, then the object without a cast: a reference that is neither null
    // nor a tag is a PyObject (as AsObject relies on), and the test for the unsealed PyObject is a
    // call to the cast helper.
    public readonly PyType Type
    {
        get
        {
            var reference = Ref;
            if (ReferenceEquals(reference, IntTag))
            {
                return PyType.Int;
            }

            if (ReferenceEquals(reference, FloatTag))
            {
                return PyType.Float;
            }

            return reference is null ? throw new InvalidOperationException("An unbound slot has no type.") : Unsafe.As<PyObject>(reference).Type;
        }
    }

    /// <summary>
    /// Python identity (<c>is</c>): the same object, or the same inline payload. The payloads are
    /// compared before the cast to <see cref="PyObject"/> (an object's is 0): the cast is a call into
    /// .NET's cast helper, <see cref="PyObject"/> not being sealed, and dict and set lookups test
    /// identity on every hit, so an int key would pay it each time.
    /// </summary>
    public readonly bool Is(Value other) => ReferenceEquals(Ref, other.Ref) && (Bits == other.Bits || Ref is PyObject);

    public override readonly string ToString() => Ref is null ? "<unbound>" : Operations.Repr.Of(this);
}
