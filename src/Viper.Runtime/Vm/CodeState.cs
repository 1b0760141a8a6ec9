using System.Numerics;
using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>What the VM attaches to a code object on its first run: constants as values, keyword-name tables and inline caches.</summary>
internal sealed class CodeState
{
    private CodeState(CodeObject code)
    {
        Constants = new Value[code.Constants.Length];
        KeywordNames = new string[]?[code.Constants.Length];
        for (var i = 0; i < code.Constants.Length; i++)
        {
            Constants[i] = ToValue(code.Constants[i]);
            if (code.Constants[i] is ConstantTuple tuple && tuple.Items.All(item => item is string))
            {
                KeywordNames[i] = [.. tuple.Items.Cast<string>()];
            }
        }

        Caches = new InlineCache[code.CacheCount];
    }

    public Value[] Constants { get; }

    public string[]?[] KeywordNames { get; }

    public InlineCache[] Caches { get; }

    public static CodeState For(CodeObject code) =>
        code.RuntimeState as CodeState ?? (CodeState)(code.RuntimeState = new CodeState(code));

    public static Value ToValue(object? constant) => constant switch
    {
        null => Value.None,
        long l => Value.FromInt(l),
        double d => Value.FromFloat(d),
        bool b => Value.FromBool(b),
        string s => Value.FromString(s),
        BigInteger big => Value.FromBigInteger(big),
        byte[] bytes => Value.FromObject(new PyBytes(bytes)),
        ConstantTuple tuple => Value.FromObject(PyTuple.Of([.. tuple.Items.Select(ToValue)])),
        EllipsisConstant => Value.FromObject(PyEllipsis.Instance),
        _ => Value.None,
    };
}
