using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>The cell instructions from compiled code, with the VM's empty-cell errors.</summary>
internal static partial class JitRuntime
{
    /// <summary>MAKE_CELL: a captured local's value (unbound makes an empty cell) in its cell.</summary>
    public static Value NewCell(Value contents) => Value.FromObject(new PyCell(contents));

    /// <summary>COPY_FREE_VARS: the function's closure cell for free variable <paramref name="index"/>.</summary>
    public static Value FreeVariable(PyFunction function, int index) => Value.FromObject(function.Closure[index]);

    /// <summary>LOAD_DEREF: the contents of the cell in <paramref name="slot"/>, or CPython's error when it is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value LoadCell(Value cell, CodeObject code, int slot)
    {
        var contents = Unsafe.As<PyCell>(cell.Ref!).Contents;
        return contents.Ref is null ? throw Interpreter.EmptyCell(code, slot) : contents;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreCell(Value cell, Value value) => Unsafe.As<PyCell>(cell.Ref!).Contents = value;

    public static void DeleteCell(Value cell, CodeObject code, int slot)
    {
        var target = (PyCell)cell.Ref!;
        if (target.Contents.Ref is null)
        {
            throw Interpreter.EmptyCell(code, slot);
        }

        target.Contents = default;
    }

    /// <param name="enclosing">The running function, whose class cell the new one shares.</param>
    public static Value MakeClosure(JitClosure closure, int codeIndex, Value[] values, PyFunction? enclosing) =>
        Interpreter.MakeClosure((CodeObject)closure.Code.Constants[codeIndex]!, closure.Globals, values, enclosing);
}
