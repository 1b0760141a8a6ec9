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
            var exit = ContextManagerMethods(Bound(frame, words[pc + 3]), out var enter);
            _stack[frame.Base + words[pc + 1]] = exit;
            _stack[frame.Base + words[pc + 2]] = enter;
        }
        else
        {
            var type = ExitArguments(_stack[frame.Base + words[pc + 4]], out var exception, out var traceback);
            _stack[frame.Base + words[pc + 1]] = type;
            _stack[frame.Base + words[pc + 2]] = exception;
            _stack[frame.Base + words[pc + 3]] = traceback;
        }

        return pc + InstructionSet.LengthOf((Opcode)words[pc]);
    }

    /// <summary>BEFORE_WITH: the manager's bound <c>__exit__</c>, with its bound <c>__enter__</c> in <paramref name="enter"/>.</summary>
    internal static Value ContextManagerMethods(Value manager, out Value enter)
    {
        // CPython looks both up (on the type, as special methods are) before calling __enter__.
        enter = SpecialMethod(manager, "__enter__", "");
        return SpecialMethod(manager, "__exit__", " (missed __exit__ method)");
    }

    /// <summary>WITH_EXCEPT_ARGS: the exception's type, with the exception and its traceback (or None) in the out parameters.</summary>
    internal static Value ExitArguments(Value raised, out Value exception, out Value traceback)
    {
        var error = (PyBaseException)raised.Ref!;
        var tracebackObject = PyTraceback.Of(error);
        exception = raised;
        traceback = tracebackObject is null ? Value.None : Value.FromObject(tracebackObject);
        return Value.FromObject(error.Type);
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
