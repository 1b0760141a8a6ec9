using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>Cells and closures: the instructions that run once per call or per definition, and the empty-cell errors.</summary>
public sealed partial class Interpreter
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ClosureInstruction(Frame frame, int pc)
    {
        var words = frame.Code.Instructions;
        var stack = _stack;
        var bp = frame.Base;
        switch ((Opcode)words[pc])
        {
            case Opcode.MakeCell:
                stack[bp + words[pc + 1]] = Value.FromObject(new PyCell(stack[bp + words[pc + 1]]));
                break;
            case Opcode.CopyFreeVars:
                {
                    var closure = frame.Function!.Closure;
                    for (var i = 0; i < words[pc + 2]; i++)
                    {
                        stack[bp + words[pc + 1] + i] = Value.FromObject(closure[i]);
                    }

                    break;
                }

            case Opcode.DeleteDeref:
                {
                    var cell = (PyCell)stack[bp + words[pc + 1]].Ref!;
                    if (cell.Contents.Ref is null)
                    {
                        throw EmptyCell(frame.Code, words[pc + 1]);
                    }

                    cell.Contents = default;
                    break;
                }

            case Opcode.MakeClosure:
                stack[bp + words[pc + 1]] = MakeClosure(
                    (CodeObject)frame.Code.Constants[words[pc + 2]]!, frame.Globals, stack.AsSpan(bp + words[pc + 3], words[pc + 4]), frame.Function);
                break;
        }
    }

    /// <summary>
    /// MAKE_CLOSURE: a function whose defaults are <paramref name="values"/> but the last
    /// <c>len(code.FreeNames)</c>, which are the cells it closes over.
    /// </summary>
    /// <param name="enclosing">The function running the MAKE_CLOSURE, whose class cell (for <c>super()</c>) the new one shares.</param>
    internal static Value MakeClosure(CodeObject code, PyDict globals, ReadOnlySpan<Value> values, PyFunction? enclosing)
    {
        var freeCount = code.FreeNames.Length;
        var closure = new PyCell[freeCount];
        for (var i = 0; i < freeCount; i++)
        {
            closure[i] = (PyCell)values[values.Length - freeCount + i].Ref!;
        }

        return Value.FromObject(new PyFunction(code, globals, values[..^freeCount].ToArray(), null)
        {
            ClassCell = enclosing?.ClassCell,
            Closure = closure,
        });
    }

    /// <summary>
    /// LOAD_CLASS_CELL: the class a method's <c>__class__</c> names, which exists only once the
    /// class statement has finished; before that CPython finds the cell empty.
    /// </summary>
    public static Value ClassCellContents(PyFunction? function) =>
        function?.ClassCell?.Class is { } type
            ? Value.FromObject(type)
            : throw PyErrors.New(ExceptionTypes.NameError, "cannot access free variable '__class__' where it is not associated with a value in enclosing scope");

    private static PythonException EmptyCellAt(Frame frame, int pc, int slot)
    {
        frame.Pc = pc;
        return EmptyCell(frame.Code, slot);
    }

    /// <summary>CPython's error for reading or deleting an unbound captured local or free variable (the empty cell in <paramref name="slot"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PythonException EmptyCell(CodeObject code, int slot)
    {
        var name = code.LocalNames[slot];
        return slot < code.LocalCount - code.FreeNames.Length
            ? PyErrors.UnboundLocal(name)
            : PyErrors.New(ExceptionTypes.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
    }
}
