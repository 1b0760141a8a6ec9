using Viper.Bytecode.Instructions;
using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// The two instructions the <c>with</c> statement adds to try/finally's machinery: fetching the
/// context manager's bound <c>__enter__</c> and <c>__exit__</c>, and the three arguments
/// <c>__exit__</c> receives when the body raised. The calls themselves are ordinary CALLs.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>BEFORE_WITH and WITH_EXCEPT_ARGS; returns the next offset.</summary>
    private int ContextManagerInstruction(Frame frame, int pc)
    {
        frame.Pc = pc;
        var words = frame.Code.Instructions;
        if ((Opcode)words[pc] == Opcode.BeforeWith)
        {
            var manager = Bound(frame, words[pc + 3]);
            // CPython looks both up (on the type, as special methods are) before calling __enter__.
            var enter = SpecialMethod(manager, "__enter__", "");
            var exit = SpecialMethod(manager, "__exit__", " (missed __exit__ method)");
            _stack[frame.Base + words[pc + 1]] = exit;
            _stack[frame.Base + words[pc + 2]] = enter;
        }
        else
        {
            var exception = (PyBaseException)_stack[frame.Base + words[pc + 4]].Ref!;
            var traceback = PyTraceback.Of(exception);
            _stack[frame.Base + words[pc + 1]] = Value.FromObject(exception.Type);
            _stack[frame.Base + words[pc + 2]] = Value.FromObject(exception);
            _stack[frame.Base + words[pc + 3]] = traceback is null ? Value.None : Value.FromObject(traceback);
        }

        return pc + InstructionSet.LengthOf((Opcode)words[pc]);
    }

    private static Value SpecialMethod(Value manager, string name, string missingDetail)
    {
        var type = manager.Type;
        if (!type.TryLookup(name, out var method))
        {
            throw PyErrors.TypeError($"'{type.Name}' object does not support the context manager protocol{missingDetail}");
        }

        return InstanceAttributes.Bind(method, manager, type);
    }
}
