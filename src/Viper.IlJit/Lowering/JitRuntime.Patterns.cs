using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>The match statement's instructions in compiled code: the VM's tests, one call each.</summary>
internal static partial class JitRuntime
{
    public static Value MatchSequence(Value subject) => Value.FromBool(PatternMatching.IsSequence(subject));

    public static Value MatchMapping(Value subject) => Value.FromBool(PatternMatching.IsMapping(subject));

    public static Value PatternLength(Value subject) => Value.FromInt(PatternMatching.Length(subject));

    public static Value MatchKeys(Value subject, Value keys) => OrNone(PatternMatching.MatchKeys(subject, (PyTuple)keys.Ref!));

    public static Value MatchClass(JitClosure closure, Value subject, Value cls, int positional, int keywordsConstant) =>
        OrNone(PatternMatching.MatchClass(subject, cls, positional, Interpreter.KeywordNames(closure.Code, keywordsConstant)));

    public static Value CopyDictWithout(Value subject, Value keys) => Value.FromObject(PatternMatching.CopyWithout(subject, (PyTuple)keys.Ref!));

    private static Value OrNone(PyObject? value) => value is null ? Value.None : Value.FromObject(value);
}
