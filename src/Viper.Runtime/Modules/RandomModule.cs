using System.Numerics;
using System.Security.Cryptography;
using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary>
/// The <c>random</c> module: the <c>Random</c> class, whose methods follow CPython's <c>random.py</c> step by
/// step (same draws in the same order, so a seeded script prints what CPython prints), and the module
/// functions, which are the methods of one hidden instance seeded from the system at import.
/// The sequence functions are in RandomModule.Sequences.cs, the distributions in RandomModule.Distributions.cs.
/// </summary>
public static partial class RandomModule
{
    private const string SeedTypesMessage = "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

    public static PyModule Create(PythonRuntime runtime)
    {
        var type = new PyType("Random", PyType.Object) { ModuleName = "random", Type = PyType.TypeType };
        type.Constructor = (vm, args) =>
        {
            ArgumentCheck.Range(args, "Random", 0, 1);
            var instance = new PyRandom(type);
            Seed(instance, args.Count == 1 ? args[0] : Value.None, 2);
            return Value.FromObject(instance);
        };
        AddMethod(type, "seed", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "seed", 0, "a", "version");
            var version = values[1].IsBound ? values[1] : Value.FromInt(2);
            Seed(Self(args), values[0].IsBound ? values[0] : Value.None, Numbers.TryGetIndex(version, out var v) ? v : 2);
            return Value.None;
        });
        AddMethod(type, "random", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "Random.random");
            return Value.FromFloat(Self(args).Generator.NextDouble());
        });
        AddMethod(type, "getrandbits", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "Random.getrandbits");
            var bits = ArgumentCheck.Index(args[1]);
            return bits < 0
                ? throw PyErrors.ValueError("number of bits must be non-negative")
                : Value.FromBigInteger(Self(args).Generator.NextBits(bits));
        });
        AddMethod(type, "getstate", (vm, args) =>
        {
            RandomParameters.Bind(args, "getstate", 0);
            var self = Self(args);
            var (words, index) = self.Generator.State;
            var internalState = PyTuple.Of([.. words.Select(w => Value.FromInt(w)), Value.FromInt(index)]);
            return Value.FromObject(PyTuple.Of(Value.FromInt(3), Value.FromObject(internalState), self.GaussNext));
        });
        AddMethod(type, "setstate", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "setstate", 1, "state");
            SetState(Self(args), values[0]);
            return Value.None;
        });
        InstallSequences(type);
        InstallDistributions(type);

        var dict = new PyDict();
        dict.SetItem("__name__", Value.FromString("random"));
        dict.SetItem("Random", Value.FromObject(type));
        var hidden = new PyRandom(type);
        Seed(hidden, Value.None, 2);
        foreach (var name in new[]
        {
            "seed", "random", "getrandbits", "getstate", "setstate", "randrange", "randint", "choice", "choices", "shuffle",
            "sample", "uniform", "triangular", "gauss", "normalvariate", "lognormvariate", "expovariate", "paretovariate",
            "weibullvariate",
        })
        {
            type.TryLookup(name, out var method);
            dict.SetItem(name, Value.FromObject(new PyBoundBuiltin((PyBuiltinFunction)method.Ref!, Value.FromObject(hidden))));
        }

        return new PyModule("random", dict);
    }

    private static void AddMethod(PyType type, string name, BuiltinBody body) => BuiltinMethods.Add(type, name, body);

    private static PyRandom Self(CallArgs args) =>
        args.Count > 0 && args[0].Ref is PyRandom self
            ? self
            : throw PyErrors.TypeError("descriptor requires a 'random.Random' object");

    /// <summary>
    /// <c>seed(a, version)</c>: an int seeds by its absolute value; str, bytes and bytearray by the int of their bytes
    /// followed by their SHA-512 (version 2) or by CPython's old string hash (version 1); a float by its hash;
    /// None from the system's randomness.
    /// </summary>
    private static void Seed(PyRandom random, Value seed, long version)
    {
        random.GaussNext = Value.None;
        if (seed.IsNone)
        {
            Span<byte> entropy = stackalloc byte[4 * MersenneTwister.StateSize];
            RandomNumberGenerator.Fill(entropy);
            random.Generator.Seed(new BigInteger(entropy, isUnsigned: true));
            return;
        }

        BigInteger key;
        if (Numbers.TryGetBigInteger(seed, out var integer))
        {
            key = BigInteger.Abs(integer);
        }
        else if (seed.Ref is PyStr or PyBytes or PyByteArray)
        {
            var bytes = seed.Ref is PyStr text ? System.Text.Encoding.UTF8.GetBytes(text.Value) : BytesLike.Require(seed).ToArray();
            key = version == 1 && seed.Ref is not PyByteArray
                ? OldStringSeed(seed.Ref is PyStr s ? [.. s.Value.EnumerateRunes().Select(r => r.Value)] : [.. bytes.Select(b => (int)b)])
                : new BigInteger([.. bytes, .. SHA512.HashData(bytes)], isUnsigned: true, isBigEndian: true);
        }
        else if (seed.IsFloat)
        {
            key = new BigInteger(unchecked((ulong)Hashing.Hash(seed)));
        }
        else
        {
            throw PyErrors.TypeError(SeedTypesMessage);
        }

        random.Generator.Seed(key);
    }

    /// <summary>Version 1 seeding of a str or bytes: the multiplicative hash CPython 2 used, kept for old seeds.</summary>
    private static BigInteger OldStringSeed(int[] codes)
    {
        var x = codes.Length == 0 ? 0UL : (ulong)codes[0] << 7;
        foreach (var code in codes)
        {
            x = unchecked((1000003 * x) ^ (ulong)code);
        }

        x ^= (ulong)codes.Length;
        return x;
    }

    /// <summary><c>setstate</c>: version 3 states as <c>getstate</c> makes them, and version 2 ones, whose words may be negative.</summary>
    private static void SetState(PyRandom random, Value state)
    {
        var version = Subscripts.GetItem(state, Value.FromInt(0));
        var isCurrent = Comparison.Equal(version, Value.FromInt(3));
        if (!isCurrent && !Comparison.Equal(version, Value.FromInt(2)))
        {
            throw PyErrors.ValueError($"state with version {Repr.Str(version)} passed to Random.setstate() of version 3");
        }

        var parts = Iteration.ToList(state);
        if (parts.Count != 3)
        {
            throw PyErrors.ValueError(parts.Count > 3 ? "too many values to unpack (expected 3)" : $"not enough values to unpack (expected 3, got {parts.Count})");
        }

        if (parts[1].Ref is not PyTuple internalState)
        {
            throw PyErrors.TypeError("state vector must be a tuple");
        }

        if (internalState.Count != MersenneTwister.StateSize + 1)
        {
            throw PyErrors.ValueError("state vector is the wrong size");
        }

        var words = new uint[MersenneTwister.StateSize];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = StateWord(internalState.Items[i], wrap: !isCurrent);
        }

        var index = StateWord(internalState.Items[^1], wrap: !isCurrent);
        if (index > MersenneTwister.StateSize)
        {
            throw PyErrors.ValueError("invalid state");
        }

        random.Generator.Restore(words, (int)index);
        random.GaussNext = parts[2];
    }

    private static uint StateWord(Value item, bool wrap)
    {
        if (!Numbers.TryGetBigInteger(item, out var word))
        {
            throw PyErrors.TypeError(wrap ? $"unsupported operand type(s) for %: '{TypeNames.Of(item)}' and 'int'" : $"'{TypeNames.Of(item)}' object cannot be interpreted as an integer");
        }

        if (wrap)
        {
            word = IntMath.Mod(word, BigInteger.One << 32);
        }

        return word.Sign < 0 ? throw PyErrors.Overflow("can't convert negative value to unsigned int")
            : word > ulong.MaxValue ? throw PyErrors.Overflow("Python int too large to convert to C unsigned long")
            : unchecked((uint)(ulong)word);
    }
}
