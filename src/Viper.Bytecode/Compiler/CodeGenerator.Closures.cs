using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.Frontend.Scopes;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// Closures as CPython compiles them: a captured local's slot holds a cell (MAKE_CELL at entry, a
/// parameter's value moved into its cell), a free variable gets a slot after the locals that
/// COPY_FREE_VARS fills from the function's closure, and LOAD_DEREF/STORE_DEREF/DELETE_DEREF go
/// through the cell. The implicit <c>__class__</c> of zero-argument <c>super()</c> is not one of
/// them: it is the runtime's class cell, which every function defined in a class body shares, and
/// a method that names it reads it with LOAD_CLASS_CELL.
/// </summary>
internal sealed partial class CodeGenerator
{
    private const string ClassCellName = "__class__";

    /// <summary>The scope analysis makes <c>__class__</c> free in a method that reads the name <c>super</c>.</summary>
    private bool CallsZeroArgumentSuper => _scope.FreeVars.Contains(ClassCellName) && _scope.Mentions("super");

    /// <summary>The free variables this code reads through closure cells.</summary>
    /// <remarks>Loops, not LINQ, here and in <see cref="FrameNames"/>: every compile, even of <c>pass</c>, runs them, and LINQ's assembly would load at every start for them alone.</remarks>
    private static string[] ClosureFreeNames(Scope scope)
    {
        var names = new List<string>(scope.FreeVars.Count);
        foreach (var name in scope.FreeVars)
        {
            if (name != ClassCellName)
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    /// <summary>Local slots, then one slot for each free variable's cell.</summary>
    private static string[] FrameNames(Scope scope)
    {
        var free = ClosureFreeNames(scope);
        if (!scope.IsFunctionLike)
        {
            return free;
        }

        var names = new string[scope.Slots.Count + free.Length];
        scope.Slots.CopyTo(names);
        free.CopyTo(names, scope.Slots.Count);
        return names;
    }

    /// <summary>Emitted first in a body: makes the cells of captured locals and copies in the closure's cells.</summary>
    private void EmitClosurePrologue()
    {
        foreach (var name in _cellNames)
        {
            Emit(Opcode.MakeCell, _scope.SlotOf(name));
        }

        if (_freeNames.Length > 0)
        {
            Emit(Opcode.CopyFreeVars, _localNames.Length - _freeNames.Length, _freeNames.Length);
        }
    }

    /// <summary>The slot holding the cell of a cell or free variable.</summary>
    private int CellSlot(Name name)
    {
        if (Binding(name.Id) == SymbolBinding.Cell)
        {
            return _scope.SlotOf(name.Id);
        }

        var free = Array.IndexOf(_freeNames, name.Id);
        return free >= 0
            ? _localNames.Length - _freeNames.Length + free
            : throw NotSupported(name, $"the variable '{name.Id}'");
    }

    /// <summary>
    /// MAKE_FUNCTION for code without free variables; otherwise the cells it captures are moved
    /// after its defaults (which start at <paramref name="defaultsBase"/>) and MAKE_CLOSURE takes both.
    /// </summary>
    private void EmitMakeFunction(Node node, int dst, CodeObject code, int defaultsBase, int defaultsCount)
    {
        if (code.FreeNames.Length == 0)
        {
            Emit(Opcode.MakeFunction, dst, Constant(code), defaultsBase, defaultsCount);
            return;
        }

        var mark = TempMark;
        foreach (var name in code.FreeNames)
        {
            Emit(Opcode.Move, AllocTemp(), CellSlot(new Name(name) { Span = node.Span }));
        }

        Emit(Opcode.MakeClosure, dst, Constant(code), defaultsBase, defaultsCount + code.FreeNames.Length);
        ReleaseTo(mark);
    }
}
