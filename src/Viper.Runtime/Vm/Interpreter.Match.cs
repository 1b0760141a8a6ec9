using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>The instructions of the match statement; the tests and bindings around them are ordinary instructions.</summary>
public sealed partial class Interpreter
{
    /// <summary>MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT; returns the next offset.</summary>
    private int PatternInstruction(Frame frame, int pc)
    {
        frame.Pc = pc;
        var words = frame.Code.Instructions;
        var opcode = (Opcode)words[pc];
        var subject = Bound(frame, words[pc + 2]);
        // Computed before the store: the calls it makes may grow the stack.
        var result = opcode switch
        {
            Opcode.MatchSequence => Value.FromBool(PatternMatching.IsSequence(subject)),
            Opcode.MatchMapping => Value.FromBool(PatternMatching.IsMapping(subject)),
            Opcode.GetLen => Value.FromInt(PatternMatching.Length(subject)),
            Opcode.MatchKeys => OrNone(PatternMatching.MatchKeys(subject, (PyTuple)Bound(frame, words[pc + 3]).Ref!)),
            Opcode.MatchClass => OrNone(PatternMatching.MatchClass(
                subject, Bound(frame, words[pc + 3]), words[pc + 4], KeywordNames(frame.Code, words[pc + 5]))),
            _ => Value.FromObject(PatternMatching.CopyWithout(subject, (PyTuple)Bound(frame, words[pc + 3]).Ref!)),
        };
        _stack[frame.Base + words[pc + 1]] = result;
        return pc + InstructionSet.LengthOf(opcode);
    }

    private static Value OrNone(PyObject? value) => value is null ? Value.None : Value.FromObject(value);

    internal static string[] KeywordNames(CodeObject code, int constant) =>
        [.. ((ConstantTuple)code.Constants[constant]!).Items.Select(name => (string)name!)];
}
