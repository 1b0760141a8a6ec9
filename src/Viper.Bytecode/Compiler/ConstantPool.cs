using System.Numerics;
using Viper.Bytecode.Code;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// A code object's constants, each stored once. Keys keep apart what Python keeps apart even
/// where .NET equality does not: <c>1</c>, <c>1.0</c> and <c>True</c>; <c>0.0</c> and <c>-0.0</c>.
/// </summary>
internal sealed class ConstantPool
{
    private readonly List<object?> _items = [];
    private readonly Dictionary<Key, int> _index = [];

    public object?[] ToArray() => [.. _items];

    public object? this[int index] => _items[index];

    public int Add(object? value)
    {
        if (value is CodeObject)
        {
            _items.Add(value);
            return _items.Count - 1;
        }

        var key = KeyOf(value);
        if (_index.TryGetValue(key, out var existing))
        {
            return existing;
        }

        _items.Add(value);
        _index[key] = _items.Count - 1;
        return _items.Count - 1;
    }

    public static object? Normalize(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : value;

    private static Key KeyOf(object? value) => value switch
    {
        null => new(null, "None"),
        double d => new(typeof(double), BitConverter.DoubleToInt64Bits(d)),
        ConstantTuple t => new(typeof(ConstantTuple), TupleKey(t)),
        byte[] bytes => new(typeof(byte[]), Convert.ToBase64String(bytes)),
        _ => new(value.GetType(), value),
    };

    /// <remarks>A loop, not LINQ: every compile, even of <c>pass</c>, adds a constant, and LINQ's assembly would load at every start for this alone.</remarks>
    private static string TupleKey(ConstantTuple tuple)
    {
        var parts = new string[tuple.Items.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = KeyOf(tuple.Items[i]).ToString();
        }

        return string.Join("\u0001", parts);
    }

    // A class, not a value tuple, so the dictionary shares the framework's precompiled
    // reference-type code instead of being JIT-compiled at start-up.
    private sealed record Key(Type? Type, object Value);
}
