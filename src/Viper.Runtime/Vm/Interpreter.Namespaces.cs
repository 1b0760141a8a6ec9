using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// What <c>globals()</c>, <c>locals()</c>, <c>vars()</c> and <c>dir()</c> see of the running frame.
/// The JIT refuses code that names these builtins, so the caller is always a VM frame.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>
    /// Runs code from <c>exec</c> or <c>eval</c> with its own globals and local namespace, in the VM: its
    /// top level reads and writes names through <paramref name="locals"/>, which the JIT does not lower.
    /// </summary>
    public Value RunInNamespace(CodeObject code, PyDict globals, PyDict locals)
    {
        var frame = PushFrame(code, globals, StackTop(), returnSlot: -1);
        frame.Locals = locals;
        try
        {
            return Run(_frameCount - 1);
        }
        finally
        {
            // Frames are pooled, and a function's frame does not clear this on entry.
            frame.Locals = null;
        }
    }

    /// <summary>The running frame's module namespace: the dict itself, so writes show through.</summary>
    public PyDict CallerGlobals() => CurrentGlobals ?? Runtime.NewModuleGlobals("__main__", null);

    /// <summary>
    /// <c>locals()</c>: a class body's namespace or the module's globals themselves; for a function,
    /// a new dict of its bound locals, with captured ones read out of their cells.
    /// </summary>
    public PyDict CallerLocals()
    {
        if (_frameCount == 0)
        {
            return CallerGlobals();
        }

        var frame = _frames[_frameCount - 1];
        if (frame.Locals is not null)
        {
            return frame.Locals;
        }

        var code = frame.Code;
        if (code.Flags.HasFlag(CodeFlags.Module))
        {
            return frame.Globals;
        }

        var locals = new PyDict();
        for (var slot = 0; slot < code.LocalCount; slot++)
        {
            var value = _stack[frame.Base + slot];
            var name = code.LocalNames[slot];
            if (value.Ref is PyCell cell && (code.CellNames.Contains(name) || code.FreeNames.Contains(name)))
            {
                value = cell.Contents;
            }

            if (value.Ref is not null)
            {
                locals.SetItem(name, value);
            }
        }

        return locals;
    }
}
