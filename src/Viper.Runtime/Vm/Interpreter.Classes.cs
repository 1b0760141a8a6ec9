using Viper.Bytecode.Code;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// What classes need from the VM: running a class body in its namespace, the names it binds there,
/// the caller's frame for zero-argument <c>super()</c>, and the frame of an <c>__init__</c> a class call runs inline.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>Runs a class body (a function of no parameters) with <paramref name="namespaceDict"/> as its local namespace.</summary>
    internal void RunClassBody(PyFunction body, PyDict namespaceDict)
    {
        var argBase = StackTop();
        var frame = EnterFunction(body, argBase, 0, null, returnSlot: -1);
        frame.Locals = namespaceDict;
        try
        {
            Run(_frameCount - 1);
        }
        finally
        {
            // The inline call path reuses pooled frames without resetting their namespace.
            frame.Locals = null;
        }
    }

    /// <summary>The innermost compiled frame that reads the class cell (a default one when none runs).</summary>
    private CompiledClassFrame _compiledClassFrame;

    /// <summary>The Python function whose frame called the running builtin, and its first argument (for <c>super()</c>).</summary>
    internal (PyFunction? Function, Value FirstArgument) CallerFunctionAndFirstArgument()
    {
        if (_compiledClassFrame.Function is { } compiled && _compiledClassFrame.Depth == _frameCount + _compiledDepth)
        {
            return (compiled, FirstArgument(compiled.Code, _compiledClassFrame.FirstSlot));
        }

        if (_frameCount == 0)
        {
            return (null, default);
        }

        var frame = _frames[_frameCount - 1];
        return (frame.Function, FirstArgument(frame.Code, _stack[frame.Base]));
    }

    /// <summary>A frame's first argument from its first slot: a first argument that a nested function captures lives in a cell.</summary>
    private static Value FirstArgument(CodeObject code, Value firstSlot) =>
        code.ArgCount == 0 ? default
        : code.CellNames.Contains(code.LocalNames[0]) ? ((PyCell)firstSlot.Ref!).Contents
        : firstSlot;

    /// <summary>A compiled frame that reads the class cell starts (after it counted itself in the depth); returns the frame it hides, for <see cref="LeaveCompiledClassFrame"/>.</summary>
    internal CompiledClassFrame EnterCompiledClassFrame(PyFunction function, Value firstSlot)
    {
        var outer = _compiledClassFrame;
        _compiledClassFrame = new CompiledClassFrame(function, firstSlot, _frameCount + _compiledDepth);
        return outer;
    }

    /// <summary>The running compiled frame's first slot now holds the cell of its first argument (MAKE_CELL).</summary>
    internal void SetCompiledClassFrameFirstSlot(Value cell) => _compiledClassFrame = _compiledClassFrame with { FirstSlot = cell };

    internal void LeaveCompiledClassFrame(CompiledClassFrame outer) => _compiledClassFrame = outer;

    /// <summary>The globals of the running Python frame, if any.</summary>
    internal PyDict? CurrentGlobals => _frameCount == 0 ? null : _frames[_frameCount - 1].Globals;

    private Value LoadName(Frame frame, int nameIndex)
    {
        var name = frame.Code.Names[nameIndex];
        if (frame.Locals is { } locals
            && (locals.Type == PyType.Dict ? locals.TryGetValue(name, out var local) : TryGetFromNamespace(locals, name, out local)))
        {
            return local;
        }

        if (frame.Globals.TryGetValue(name, out var value) || Runtime.Builtins.TryGetValue(name, out value))
        {
            return value;
        }

        throw PyErrors.NameError(name);
    }

    /// <summary>
    /// A name read from a namespace that is a dict subclass (a metaclass's <c>__prepare__</c> made it): through
    /// its <c>__getitem__</c>, as CPython reads any namespace that is not exactly a dict; a KeyError means absent.
    /// </summary>
    private static bool TryGetFromNamespace(PyDict locals, string name, out Value value)
    {
        try
        {
            value = Subscripts.GetItem(Value.FromObject(locals), Value.FromString(name));
            return true;
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
        {
            value = default;
            return false;
        }
    }

    /// <summary>A namespace that is exactly a dict is written directly; a subclass's <c>__setitem__</c> sees every binding.</summary>
    private static void StoreName(Frame frame, int nameIndex, Value value)
    {
        var name = frame.Code.Names[nameIndex];
        if (frame.Locals is { } locals && locals.Type != PyType.Dict)
        {
            Subscripts.SetItem(Value.FromObject(locals), Value.FromString(name), value);
            return;
        }

        (frame.Locals ?? frame.Globals).SetItem(name, value);
    }

    /// <summary>SETUP_ANNOTATIONS: a module or class body with annotated names gets a dict to keep them in.</summary>
    internal static void SetupAnnotations(PyDict namespaceDict)
    {
        if (namespaceDict.Type != PyType.Dict)
        {
            if (!TryGetFromNamespace(namespaceDict, "__annotations__", out _))
            {
                Subscripts.SetItem(Value.FromObject(namespaceDict), Value.FromString("__annotations__"), Value.FromObject(new PyDict()));
            }

            return;
        }

        if (namespaceDict.FindString("__annotations__") < 0)
        {
            namespaceDict.SetItem("__annotations__", Value.FromObject(new PyDict()));
        }
    }

    private static void DeleteName(Frame frame, int nameIndex)
    {
        var name = frame.Code.Names[nameIndex];
        if (frame.Locals is { } locals && locals.Type != PyType.Dict)
        {
            try
            {
                Subscripts.DeleteItem(Value.FromObject(locals), Value.FromString(name));
                return;
            }
            catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
            {
                throw PyErrors.NameError(name);
            }
        }

        if (!(frame.Locals ?? frame.Globals).Remove(Value.FromString(name), out _))
        {
            throw PyErrors.NameError(name);
        }
    }

    /// <summary>The pooled frame the next call will use, which the inline call, <see cref="PushFunctionFrame"/> and <see cref="PushFrame"/> take.</summary>
    private Frame NextFrame()
    {
        if (_frameCount + 1 >= _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        return _frames[_frameCount] ??= new Frame();
    }

    /// <summary>The value of a class call whose <c>__init__</c> ran as a plain call: the instance, once <c>__init__</c> returned None.</summary>
    internal static Value InitResult(PyInstance instance, Value returned) =>
        returned.IsNone
            ? Value.FromObject(instance)
            : throw PyErrors.TypeError($"__init__() should return None, not '{TypeNames.Of(returned)}'");
}
