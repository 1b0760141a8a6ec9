using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace Viper.IlJit.Emission;

/// <summary>
/// A typed layer over <see cref="ILGenerator"/>: one method per instruction the JIT uses, labels and
/// locals that carry names, an optional ildasm-like record of everything emitted (for
/// <c>--dump-il</c>), and, in Debug builds, a <see cref="StackModel"/> that checks stack balance and
/// operand types as each instruction is emitted.
/// </summary>
public sealed class IlEmitter
{
    private readonly ILGenerator _il;
    private readonly Type _returnType;
    private readonly Type[] _parameterTypes;
    private readonly StringBuilder? _text;
    private readonly List<IlLocal> _locals = [];
    private readonly StackModel _stack = new();
    private int _labelCount;

    /// <param name="record">Whether to keep the text of every instruction for <see cref="Dump"/>.</param>
    public IlEmitter(ILGenerator il, Type returnType, Type[] parameterTypes, bool record)
    {
        _il = il;
        _returnType = returnType;
        _parameterTypes = parameterTypes;
        _text = record ? new StringBuilder() : null;
    }

    public IReadOnlyList<IlLocal> Locals => _locals;

    public IlLocal DeclareLocal(Type type, string name)
    {
        var local = new IlLocal(_il.DeclareLocal(type), type, name);
        _locals.Add(local);
        return local;
    }

    public IlLabel DefineLabel() => new(_il.DefineLabel(), $"L{_labelCount++}");

    public void MarkLabel(IlLabel label)
    {
        Verify(stack => stack.Mark(label));
        _il.MarkLabel(label.Label);
        _text?.Append(CultureInfo.InvariantCulture, $"  {label.Name}:\n");
    }

    public void Ldarg(int index)
    {
        Verify(stack => stack.Push(_parameterTypes[index]));
        switch (index)
        {
            case <= 3:
                var opcode = index switch { 0 => OpCodes.Ldarg_0, 1 => OpCodes.Ldarg_1, 2 => OpCodes.Ldarg_2, _ => OpCodes.Ldarg_3 };
                Record(opcode.Name!);
                _il.Emit(opcode);
                break;
            case <= byte.MaxValue:
                Record("ldarg.s", index);
                _il.Emit(OpCodes.Ldarg_S, (byte)index);
                break;
            default:
                Record("ldarg", index);
                _il.Emit(OpCodes.Ldarg, (short)index);
                break;
        }
    }

    public void Ldloc(IlLocal local)
    {
        Verify(stack => stack.Push(local.Type));
        Record("ldloc", local);
        _il.Emit(OpCodes.Ldloc, local.Builder);
    }

    public void Ldloca(IlLocal local)
    {
        Verify(stack => stack.Push(local.Type.MakeByRefType()));
        Record("ldloca", local);
        _il.Emit(OpCodes.Ldloca, local.Builder);
    }

    public void Stloc(IlLocal local)
    {
        Verify(stack => stack.Pop("stloc", local.Type));
        Record("stloc", local);
        _il.Emit(OpCodes.Stloc, local.Builder);
    }

    public void LdcI4(int value)
    {
        Verify(stack => stack.Push(typeof(int)));
        Record("ldc.i4", value);
        _il.Emit(OpCodes.Ldc_I4, value);
    }

    public void LdcI8(long value)
    {
        Verify(stack => stack.Push(typeof(long)));
        Record("ldc.i8", value);
        _il.Emit(OpCodes.Ldc_I8, value);
    }

    public void LdcR8(double value)
    {
        Verify(stack => stack.Push(typeof(double)));
        Record("ldc.r8", value);
        _il.Emit(OpCodes.Ldc_R8, value);
    }

    public void Ldnull()
    {
        Verify(stack => stack.Push(StackModel.Null));
        Record("ldnull");
        _il.Emit(OpCodes.Ldnull);
    }

    public void Ldfld(FieldInfo field)
    {
        Verify(stack =>
        {
            PopReceiver(stack, "ldfld", field.DeclaringType!);
            stack.Push(field.FieldType);
        });
        Record("ldfld", field);
        _il.Emit(OpCodes.Ldfld, field);
    }

    /// <summary>A field another thread writes: the <c>volatile.</c> prefix keeps .NET from hoisting the read out of a loop.</summary>
    public void VolatileLdfld(FieldInfo field)
    {
        Verify(stack =>
        {
            PopReceiver(stack, "ldfld", field.DeclaringType!);
            stack.Push(field.FieldType);
        });
        Record("volatile. ldfld", field);
        _il.Emit(OpCodes.Volatile);
        _il.Emit(OpCodes.Ldfld, field);
    }

    /// <summary>A static field another thread writes, read with the <c>volatile.</c> prefix.</summary>
    public void VolatileLdsfld(FieldInfo field)
    {
        Verify(stack => stack.Push(field.FieldType));
        Record("volatile. ldsfld", field);
        _il.Emit(OpCodes.Volatile);
        _il.Emit(OpCodes.Ldsfld, field);
    }

    public void Ldflda(FieldInfo field)
    {
        Verify(stack =>
        {
            PopReceiver(stack, "ldflda", field.DeclaringType!);
            stack.Push(field.FieldType.MakeByRefType());
        });
        Record("ldflda", field);
        _il.Emit(OpCodes.Ldflda, field);
    }

    public void Stfld(FieldInfo field)
    {
        Verify(stack =>
        {
            stack.Pop("stfld", field.FieldType);
            PopReceiver(stack, "stfld", field.DeclaringType!);
        });
        Record("stfld", field);
        _il.Emit(OpCodes.Stfld, field);
    }

    public void Ldsfld(FieldInfo field)
    {
        Verify(stack => stack.Push(field.FieldType));
        Record("ldsfld", field);
        _il.Emit(OpCodes.Ldsfld, field);
    }

    public void Ldelem(Type elementType)
    {
        Verify(stack =>
        {
            stack.Pop("ldelem", typeof(int));
            stack.Pop("ldelem", elementType.MakeArrayType());
            stack.Push(elementType);
        });
        Record("ldelem", elementType);
        _il.Emit(OpCodes.Ldelem, elementType);
    }

    public void Ldelema(Type elementType)
    {
        Verify(stack =>
        {
            stack.Pop("ldelema", typeof(int));
            stack.Pop("ldelema", elementType.MakeArrayType());
            stack.Push(elementType.MakeByRefType());
        });
        Record("ldelema", elementType);
        _il.Emit(OpCodes.Ldelema, elementType);
    }

    public void Stelem(Type elementType)
    {
        Verify(stack =>
        {
            stack.Pop("stelem", elementType);
            stack.Pop("stelem", typeof(int));
            stack.Pop("stelem", elementType.MakeArrayType());
        });
        Record("stelem", elementType);
        _il.Emit(OpCodes.Stelem, elementType);
    }

    /// <summary>Loads the value a managed pointer points at.</summary>
    public void Ldobj(Type type)
    {
        Verify(stack =>
        {
            stack.Pop("ldobj", type.MakeByRefType());
            stack.Push(type);
        });
        Record("ldobj", type);
        _il.Emit(OpCodes.Ldobj, type);
    }

    /// <summary>A static call, or an instance call on the receiver below the arguments (a managed pointer for value types).</summary>
    public void Call(MethodInfo method)
    {
        Verify(stack =>
        {
            var parameters = ParameterTypes(method);
            for (var i = parameters.Length - 1; i >= 0; i--)
            {
                stack.Pop($"call {method.Name}", parameters[i]);
            }

            if (!method.IsStatic)
            {
                PopReceiver(stack, $"call {method.Name}", method.DeclaringType!);
            }

            if (method.ReturnType != typeof(void))
            {
                stack.Push(method.ReturnType);
            }
        });
        Record("call", method);
        _il.Emit(OpCodes.Call, method);
    }

    public void Newobj(ConstructorInfo constructor)
    {
        Verify(stack =>
        {
            var parameters = constructor.GetParameters();
            for (var i = parameters.Length - 1; i >= 0; i--)
            {
                stack.Pop("newobj", parameters[i].ParameterType);
            }

            stack.Push(constructor.DeclaringType!);
        });
        Record("newobj", constructor);
        _il.Emit(OpCodes.Newobj, constructor);
    }

    /// <summary>A two-operand arithmetic or bitwise instruction (add, sub, mul, div, rem, and, or, xor).</summary>
    public void Arithmetic(OpCode opcode)
    {
        Verify(stack => stack.Push(stack.PopNumericPair(opcode.Name!)));
        Record(opcode.Name!);
        _il.Emit(opcode);
    }

    /// <summary>ceq, clt, cgt and their unsigned/unordered forms: two operands in, an int32 0 or 1 out.</summary>
    public void Comparison(OpCode opcode)
    {
        Verify(stack =>
        {
            stack.PopNumericPair(opcode.Name!);
            stack.Push(typeof(int));
        });
        Record(opcode.Name!);
        _il.Emit(opcode);
    }

    /// <summary>shl, shr, shr.un: an integer shifted by an int32 count.</summary>
    public void Shift(OpCode opcode)
    {
        Verify(stack =>
        {
            stack.Pop(opcode.Name!, typeof(int));
            var value = stack.Pop(opcode.Name!);
            stack.Push(value);
        });
        Record(opcode.Name!);
        _il.Emit(opcode);
    }

    public void Newarr(Type elementType)
    {
        Verify(stack =>
        {
            stack.Pop("newarr", typeof(int));
            stack.Push(elementType.MakeArrayType());
        });
        Record("newarr", elementType);
        _il.Emit(OpCodes.Newarr, elementType);
    }

    /// <summary>conv.i4: a shift count, known to be small, as the int32 that shl and shr take.</summary>
    public void ConvI4() => Conversion(OpCodes.Conv_I4, "conv.i4", typeof(int));

    public void ConvR8() => Conversion(OpCodes.Conv_R8, "conv.r8", typeof(double));

    private void Conversion(OpCode opcode, string name, Type result)
    {
        Verify(stack =>
        {
            stack.Pop(name);
            stack.Push(result);
        });
        Record(name);
        _il.Emit(opcode);
    }

    /// <summary>An unconditional or one-operand branch (br, brtrue, brfalse).</summary>
    public void Branch(OpCode opcode, IlLabel target)
    {
        Verify(stack =>
        {
            if (opcode != OpCodes.Br)
            {
                stack.Pop(opcode.Name!);
            }

            stack.BranchTo(target, opcode.Name!);
            if (opcode == OpCodes.Br)
            {
                stack.EndOfFlow();
            }
        });
        Record(opcode.Name!, target.Name);
        _il.Emit(opcode, target.Label);
    }

    /// <summary>A two-operand compare-and-branch (beq, bne.un, blt, ble, bgt, bge and the .un forms).</summary>
    public void CompareBranch(OpCode opcode, IlLabel target)
    {
        Verify(stack =>
        {
            var right = stack.Pop(opcode.Name!);
            var left = stack.Pop(opcode.Name!);
            if (left != right && !(!left.IsValueType && !right.IsValueType))
            {
                throw new InvalidProgramException($"{opcode.Name}: operands {IlTypeNames.Of(left)} and {IlTypeNames.Of(right)} differ.");
            }

            stack.BranchTo(target, opcode.Name!);
        });
        Record(opcode.Name!, target.Name);
        _il.Emit(opcode, target.Label);
    }

    public void Switch(IlLabel[] targets)
    {
        Verify(stack =>
        {
            stack.Pop("switch", typeof(int));
            foreach (var target in targets)
            {
                stack.BranchTo(target, "switch");
            }
        });
        if (_text is not null)
        {
            Record("switch", "(" + string.Join(", ", targets.Select(t => t.Name)) + ")");
        }

        _il.Emit(OpCodes.Switch, [.. targets.Select(t => t.Label)]);
    }

    public void Dup()
    {
        Verify(stack =>
        {
            var top = stack.Pop("dup");
            stack.Push(top);
            stack.Push(top);
        });
        Record("dup");
        _il.Emit(OpCodes.Dup);
    }

    public void Pop()
    {
        Verify(stack => stack.Pop("pop"));
        Record("pop");
        _il.Emit(OpCodes.Pop);
    }

    public void Isinst(Type type)
    {
        Verify(stack =>
        {
            stack.Pop("isinst", typeof(object));
            stack.Push(type);
        });
        Record("isinst", type);
        _il.Emit(OpCodes.Isinst, type);
    }

    public void Castclass(Type type)
    {
        Verify(stack =>
        {
            stack.Pop("castclass", typeof(object));
            stack.Push(type);
        });
        Record("castclass", type);
        _il.Emit(OpCodes.Castclass, type);
    }

    public void Ret()
    {
        Verify(stack =>
        {
            if (_returnType != typeof(void))
            {
                stack.Pop("ret", _returnType);
            }

            stack.ExpectEmpty("ret");
            stack.EndOfFlow();
        });
        Record("ret");
        _il.Emit(OpCodes.Ret);
    }

    public void Throw()
    {
        Verify(stack =>
        {
            stack.Pop("throw", typeof(Exception));
            stack.EndOfFlow();
        });
        Record("throw");
        _il.Emit(OpCodes.Throw);
    }

    public void BeginTry()
    {
        Verify(stack => stack.ExpectEmpty(".try"));
        _text?.Append("  .try {\n");
        _il.BeginExceptionBlock();
    }

    /// <summary>Ends the protected region (ILGenerator leaves it for us) and starts a handler for <paramref name="exceptionType"/>.</summary>
    public void BeginCatch(Type exceptionType)
    {
        _text?.Append(CultureInfo.InvariantCulture, $"  }} catch {IlTypeNames.Of(exceptionType)} {{\n");
        _il.BeginCatchBlock(exceptionType);
        Verify(stack => stack.EnterHandler(exceptionType));
    }

    /// <summary>
    /// Ends the protected region and starts its filter, which has the exception on the stack and
    /// must leave an int32 for <see cref="BeginFilteredHandler"/>: nonzero to take the exception.
    /// </summary>
    public void BeginFilter()
    {
        _text?.Append("  } filter {\n");
        _il.BeginExceptFilterBlock();
        Verify(stack => stack.EnterHandler(typeof(object)));
    }

    /// <summary>Ends the filter (<c>endfilter</c> takes its verdict) and starts the handler it chose, with the exception on the stack.</summary>
    public void BeginFilteredHandler()
    {
        Verify(stack =>
        {
            stack.Pop("endfilter", typeof(int));
            stack.ExpectEmpty("endfilter");
        });
        _text?.Append("  } {\n");
        _il.BeginCatchBlock(null);
        Verify(stack => stack.EnterHandler(typeof(object)));
    }

    public void EndTry()
    {
        _text?.Append("  }\n");
        _il.EndExceptionBlock();
        Verify(stack => stack.Resume());
    }

    /// <summary>Leaves a protected region for <paramref name="target"/>, emptying the stack.</summary>
    public void Leave(IlLabel target)
    {
        Verify(stack =>
        {
            stack.ExpectEmpty("leave");
            stack.BranchTo(target, "leave");
            stack.EndOfFlow();
        });
        Record("leave", target.Name);
        _il.Emit(OpCodes.Leave, target.Label);
    }

    /// <summary>The method as ildasm would print it: signature, locals with their types, then the body.</summary>
    public string Dump(string name)
    {
        var text = new StringBuilder();
        var parameters = string.Join(", ", _parameterTypes.Select(IlTypeNames.Of));
        text.Append(CultureInfo.InvariantCulture, $".method {IlTypeNames.Of(_returnType)} '{name}'({parameters})\n{{\n");
        text.Append("  .locals init (\n");
        for (var i = 0; i < _locals.Count; i++)
        {
            var separator = i + 1 < _locals.Count ? "," : "";
            text.Append(CultureInfo.InvariantCulture, $"    [{_locals[i].Index}] {IlTypeNames.Of(_locals[i].Type)} {_locals[i].Name}{separator}\n");
        }

        text.Append("  )\n");
        text.Append(_text);
        text.Append("}\n");
        return text.ToString();
    }

    private static Type[] ParameterTypes(MethodInfo method) =>
        method is DynamicMethod dynamic ? [.. dynamic.GetParameters().Select(p => p.ParameterType)] : [.. method.GetParameters().Select(p => p.ParameterType)];

    private static void PopReceiver(StackModel stack, string instruction, Type owner) =>
        stack.Pop(instruction, owner.IsValueType ? owner.MakeByRefType() : owner);

    // The operand overloads format only while recording: every instruction of every compiled
    // function passes through them, and --dump-il is seldom on.
    private void Record(string opcode, IlLocal local)
    {
        if (_text is not null)
        {
            Record(opcode, $"{local.Index} ({local.Name})");
        }
    }

    private void Record(string opcode, Type type)
    {
        if (_text is not null)
        {
            Record(opcode, IlTypeNames.Of(type));
        }
    }

    private void Record(string opcode, FieldInfo field)
    {
        if (_text is not null)
        {
            Record(opcode, IlTypeNames.Of(field));
        }
    }

    private void Record(string opcode, MethodBase method)
    {
        if (_text is not null)
        {
            Record(opcode, IlTypeNames.Of(method));
        }
    }

    private void Record(string opcode, long value)
    {
        if (_text is not null)
        {
            Record(opcode, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Record(string opcode, double value)
    {
        if (_text is not null)
        {
            Record(opcode, value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private void Record(string opcode, string? operand = null)
    {
        if (_text is null)
        {
            return;
        }

        _text.Append(CultureInfo.InvariantCulture, $"    IL_{_il.ILOffset:x4}: {opcode}");
        if (operand is not null)
        {
            _text.Append(' ').Append(operand);
        }

        _text.Append('\n');
    }

    [Conditional("DEBUG")]
    private void Verify(Action<StackModel> effect) => effect(_stack);
}
