using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The instructions the JIT lowers. It is a whitelist on purpose: a code object with any other
/// instruction (one added to the VM after this list was written included) is refused and keeps
/// running in the VM, which is always correct.
/// </summary>
internal static class OpcodeSupport
{
    /// <summary>Indexed by opcode: a table, not a HashSet of the byte enum, whose framework code ReadyToRun cannot precompile.</summary>
    private static readonly bool[] Lowered = Table(
    [
        Opcode.Nop, Opcode.Move, Opcode.LoadConst, Opcode.LoadGlobal, Opcode.StoreGlobal,
        Opcode.Add, Opcode.Sub, Opcode.Mul, Opcode.TrueDiv, Opcode.FloorDiv, Opcode.Mod, Opcode.BinaryOp,
        Opcode.InplaceAdd, Opcode.InplaceSub, Opcode.InplaceOp, Opcode.AddConst, Opcode.SubConst, Opcode.MulConst,
        Opcode.InplaceAddConst, Opcode.InplaceSubConst, Opcode.InplaceAddConstGlobal,
        Opcode.Neg, Opcode.Pos, Opcode.Invert, Opcode.Not, Opcode.Compare,
        Opcode.Jump, Opcode.JumpIfTrue, Opcode.JumpIfFalse, Opcode.CompareJump, Opcode.CompareConstJump,
        Opcode.GetIter, Opcode.ForIter, Opcode.ForIterBack,
        Opcode.Call, Opcode.CallKw, Opcode.CallMethod, Opcode.CallEx, Opcode.Return, Opcode.ReturnConst, Opcode.Raise, Opcode.RaiseFrom, Opcode.MakeFunction, Opcode.SetKwDefaults,
        Opcode.LoadAttr, Opcode.StoreAttr, Opcode.GetItem, Opcode.GetItemConst, Opcode.SetItem, Opcode.SetItemValueConst, Opcode.DeleteItem,
        Opcode.BuildList, Opcode.BuildTuple, Opcode.BuildDict, Opcode.BuildSet, Opcode.BuildSlice, Opcode.BuildString, Opcode.FormatValue, Opcode.FormatWithSpec, Opcode.ListAppend, Opcode.ListExtend, Opcode.DictMerge, Opcode.ListToTuple, Opcode.SetAdd, Opcode.SetUpdate, Opcode.DictUpdate, Opcode.UnpackSequence,
        Opcode.UnpackStarred, Opcode.SetFromConstants, Opcode.DeleteAttr,
        Opcode.MatchSequence, Opcode.MatchMapping, Opcode.GetLen, Opcode.MatchKeys, Opcode.MatchClass, Opcode.CopyDictWithout,
        Opcode.ImportName, Opcode.ImportFrom, Opcode.SetupAnnotations,
        Opcode.MakeCell, Opcode.CopyFreeVars, Opcode.LoadDeref, Opcode.StoreDeref, Opcode.DeleteDeref, Opcode.LoadClassCell, Opcode.MakeClosure,
        Opcode.YieldValue, Opcode.YieldFrom,
        Opcode.PushExcInfo, Opcode.PopExcept, Opcode.CheckExcMatch, Opcode.Reraise, Opcode.RaiseCurrent, Opcode.LoadAssertionError,
        Opcode.BeforeWith, Opcode.WithExceptArgs, Opcode.DeleteFast, Opcode.DeleteGlobal,
    ]);

    private static readonly string[] FrameReadingBuiltins = ["globals", "locals", "vars", "dir", "exec", "eval"];

    private static bool[] Table(Opcode[] opcodes)
    {
        var table = new bool[InstructionSet.OpcodeCount];
        foreach (var opcode in opcodes)
        {
            table[(int)opcode] = true;
        }

        return table;
    }

    /// <summary>Why the JIT cannot compile <paramref name="code"/>, or null when it can.</summary>
    public static string? RefusalReason(CodeObject code)
    {
        if (code.Flags.HasFlag(CodeFlags.Interactive))
        {
            return "interactive input";
        }

        // super() in compiled code reads a record its frame keeps with the interpreter, which a
        // generator's frame, suspended and resumed, does not.
        if (code.Flags.HasFlag(CodeFlags.Generator) && code.Flags.HasFlag(CodeFlags.CallsSuper))
        {
            return "super() in a generator";
        }

        // These read the running VM frame, which compiled code does not keep.
        foreach (var name in FrameReadingBuiltins)
        {
            if (code.Names.Contains(name))
            {
                return $"names {name}(), which reads the running frame";
            }
        }

        // type(name, bases, dict) takes the new class's __module__ from the calling frame's globals.
        foreach (var (pc, name, argCount) in GlobalCalleeSites.Find(code))
        {
            if (name == "type" && argCount == 3)
            {
                return $"CALL at offset {pc} calls type() with three arguments, which reads the running frame";
            }
        }

        var words = code.Instructions;
        for (var pc = 0; pc < words.Length;)
        {
            var opcode = (Opcode)words[pc];
            if (words[pc] >= InstructionSet.OpcodeCount || !Lowered[words[pc]])
            {
                var name = words[pc] < InstructionSet.OpcodeCount ? InstructionSet.Info(opcode).Name : $"opcode {words[pc]}";
                return $"{name} at offset {pc} is not lowered";
            }

            // The VM consumes a generator passed to sum(), all(), list()... in its own dispatch loop;
            // compiled code resumes it through a nested run for each item, which costs more than
            // running the whole function in the VM (nqueens_generators' safe()). A generator made
            // without a closure has the same cost, but such code compiled before closures did.
            if (opcode == Opcode.MakeClosure && (CodeObject)code.Constants[words[pc + 2]]! is { } made
                && made.Flags.HasFlag(CodeFlags.Generator) && RefusalReason(made) is not null)
            {
                return $"MAKE_CLOSURE at offset {pc} makes a generator that runs in the VM, which consumes it faster";
            }

            // super() reads the first argument from the frame when it runs; a compiled frame tells
            // the interpreter its first slot once (see CompiledClassFrame), so it must not rebind it.
            if (code.Flags.HasFlag(CodeFlags.CallsSuper) && code.ArgCount > 0 && opcode != Opcode.MakeCell && FloatSlots.Writes(words, pc).Contains(0))
            {
                return $"{InstructionSet.Info(opcode).Name} at offset {pc} rebinds the first argument of a function that calls super()";
            }

            pc += InstructionSet.LengthOf(opcode);
        }

        return null;
    }
}
