using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>Comparisons, conditional jumps and FOR_ITER.</summary>
internal sealed partial class FunctionLowering
{
    /// <summary>
    /// COMPARE: the condition as a branch, then True or False into the destination. A rich
    /// comparison of operands other than two ints or two floats stores the comparison's value
    /// instead, which a class's method decides (and need not be a bool).
    /// </summary>
    private void EmitCompare(int pc)
    {
        var condition = Operand(pc, 3);
        var rich = CompareCondition.Operator(condition) <= CompareOperator.GtE && !CompareCondition.IsNegated(condition);
        var isTrue = _il.DefineLabel();
        var generic = rich ? _il.DefineLabel() : null;
        var done = _il.DefineLabel();
        var right = RightOperand.Slot(In(pc, 2));
        EmitCondition(pc, In(pc, 1), right, condition, isTrue, generic);
        _il.Call(RuntimeMembers.False);
        _il.Stloc(Boxed(Out(pc, 0)));
        _il.Branch(OpCodes.Br, done);
        _il.MarkLabel(isTrue);
        _il.Call(RuntimeMembers.True);
        _il.Stloc(Boxed(Out(pc, 0)));
        if (generic is not null)
        {
            _il.Branch(OpCodes.Br, done);
            _il.MarkLabel(generic);
            SetPc(pc);
            var objects = _code.OperandTypesSeen[pc].HasFlag(OperandTypes.Other);
            if (objects)
            {
                _il.Ldarg(InterpreterArg);
            }

            LoadChecked(In(pc, 1), pc);
            LoadRight(right, pc);
            _il.LdcI4(condition);
            _il.Call(RuntimeMembers.Helper(objects ? nameof(JitRuntime.CompareObject) : nameof(JitRuntime.CompareValue)));
            _il.Stloc(Boxed(Out(pc, 0)));
        }

        _il.MarkLabel(done);
    }

    /// <summary>
    /// Branches to <paramref name="target"/> when <c>left cond right</c> holds, else falls through.
    /// Two ints compare as longs; two floats as doubles, with the unordered branch forms where a
    /// negated condition must hold for NaN; anything else calls the VM's comparison, or goes to
    /// <paramref name="generic"/> when the caller handles other operands itself.
    /// </summary>
    private void EmitCondition(int pc, int left, RightOperand right, int condition, IlLabel target, IlLabel? generic = null)
    {
        var op = CompareCondition.Operator(condition);
        var negated = CompareCondition.IsNegated(condition);
        var ordered = op <= CompareOperator.GtE;
        var seen = _code.OperandTypesSeen[pc];
        var constant = right.IsConstant ? Constant(right.Index) : null;
        var unboxedOperand = IsUnboxed(left) || (!right.IsConstant && IsUnboxed(right.Index));
        var intOperand = IsInt(left) || (!right.IsConstant && IsInt(right.Index));
        var intPath = ordered && !unboxedOperand && (intOperand || seen == OperandTypes.None || seen.HasFlag(OperandTypes.Int)) && (!right.IsConstant || constant is long);
        // An int constant a double represents exactly compares with a float as Python compares them (x < 0).
        var floatPath = ordered && !intOperand && (unboxedOperand || seen.HasFlag(OperandTypes.Float) || (seen == OperandTypes.None && !_typesRecorded))
            && (!right.IsConstant || constant is double || constant is long and >= -(1L << 53) and <= 1L << 53);
        var slow = generic ?? _il.DefineLabel();
        var done = _il.DefineLabel();
        var floatCheck = floatPath ? _il.DefineLabel() : slow;

        if (intPath)
        {
            CheckTag(left, RuntimeMembers.IntTag, floatCheck);
            if (!right.IsConstant)
            {
                CheckTag(right.Index, RuntimeMembers.IntTag, floatCheck);
            }

            LoadBits(left);
            if (right.IsConstant)
            {
                _il.LdcI8((long)constant!);
            }
            else
            {
                LoadBits(right.Index);
            }

            _il.CompareBranch(IntBranch(op, negated), target);
            _il.Branch(OpCodes.Br, done);
        }

        if (floatPath)
        {
            if (intPath)
            {
                _il.MarkLabel(floatCheck);
            }

            CheckTag(left, RuntimeMembers.FloatTag, slow);
            if (!right.IsConstant)
            {
                CheckTag(right.Index, RuntimeMembers.FloatTag, slow);
            }

            LoadDouble(left);
            LoadFloat(right);
            _il.CompareBranch(FloatBranch(op, negated), target);
            _il.Branch(OpCodes.Br, done);
        }

        if (generic is not null)
        {
            if (!intPath && !floatPath)
            {
                _il.Branch(OpCodes.Br, slow);
            }

            _il.MarkLabel(done);
            return;
        }

        _il.MarkLabel(slow);
        SetPc(pc);
        if (op is CompareOperator.In or CompareOperator.NotIn)
        {
            // Membership goes straight to the containment test, without the comparison's dispatch on the operator.
            LoadChecked(left, pc);
            LoadRight(right, pc);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Contains)));
            _il.Branch((op == CompareOperator.In) != negated ? OpCodes.Brtrue : OpCodes.Brfalse, target);
        }
        else if (op is CompareOperator.Is or CompareOperator.IsNot)
        {
            // Identity needs neither the comparison's dispatch nor a call: the helper inlines.
            LoadChecked(left, pc);
            LoadRight(right, pc);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.Identical)));
            _il.Branch((op == CompareOperator.Is) != negated ? OpCodes.Brtrue : OpCodes.Brfalse, target);
        }
        else
        {
            // A site that saw instances of classes may call their comparison methods directly.
            var objects = seen.HasFlag(OperandTypes.Other);
            if (objects)
            {
                _il.Ldarg(InterpreterArg);
            }

            LoadChecked(left, pc);
            LoadRight(right, pc);
            _il.LdcI4(condition);
            _il.Call(RuntimeMembers.Helper(objects ? nameof(JitRuntime.CompareObjectToBool) : nameof(JitRuntime.Compare)));
            _il.Branch(OpCodes.Brtrue, target);
        }

        _il.MarkLabel(done);
    }

    private static OpCode IntBranch(CompareOperator op, bool negated) => (op, negated) switch
    {
        (CompareOperator.Eq, false) or (CompareOperator.NotEq, true) => OpCodes.Beq,
        (CompareOperator.NotEq, false) or (CompareOperator.Eq, true) => OpCodes.Bne_Un,
        (CompareOperator.Lt, false) or (CompareOperator.GtE, true) => OpCodes.Blt,
        (CompareOperator.LtE, false) or (CompareOperator.Gt, true) => OpCodes.Ble,
        (CompareOperator.Gt, false) or (CompareOperator.LtE, true) => OpCodes.Bgt,
        _ => OpCodes.Bge,
    };

    /// <summary>The ordered forms are false for NaN; a negated condition is true for NaN, which the unordered forms give.</summary>
    private static OpCode FloatBranch(CompareOperator op, bool negated) => (op, negated) switch
    {
        (CompareOperator.Eq, false) => OpCodes.Beq,
        (CompareOperator.Eq, true) => OpCodes.Bne_Un,
        (CompareOperator.NotEq, false) => OpCodes.Bne_Un,
        (CompareOperator.NotEq, true) => OpCodes.Beq,
        (CompareOperator.Lt, false) => OpCodes.Blt,
        (CompareOperator.Lt, true) => OpCodes.Bge_Un,
        (CompareOperator.LtE, false) => OpCodes.Ble,
        (CompareOperator.LtE, true) => OpCodes.Bgt_Un,
        (CompareOperator.Gt, false) => OpCodes.Bgt,
        (CompareOperator.Gt, true) => OpCodes.Ble_Un,
        (CompareOperator.GtE, false) => OpCodes.Bge,
        _ => OpCodes.Blt_Un,
    };

    /// <summary>JUMP_IF_TRUE / JUMP_IF_FALSE: True and False by identity, anything else through the VM's truth test.</summary>
    private void EmitConditionalJump(int pc, bool jumpIfTrue)
    {
        var slot = In(pc, 0);
        var target = _labels[Operand(pc, 1)];
        var next = _il.DefineLabel();
        var whenTrue = jumpIfTrue ? target : next;
        var whenFalse = jumpIfTrue ? next : target;
        if (IsInt(slot))
        {
            _il.Ldloc(_ints[slot]!);
            _il.LdcI8(0);
            _il.CompareBranch(jumpIfTrue ? OpCodes.Bne_Un : OpCodes.Beq, target);
            _il.MarkLabel(next);
            return;
        }

        if (IsUnboxed(slot))
        {
            LoadValue(slot);
            _il.Call(RuntimeMembers.IsTrue);
            _il.Branch(jumpIfTrue ? OpCodes.Brtrue : OpCodes.Brfalse, target);
            _il.MarkLabel(next);
            return;
        }

        _il.Ldloca(Boxed(slot));
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.Call(RuntimeMembers.PyTrue);
        _il.CompareBranch(OpCodes.Beq, whenTrue);
        _il.Ldloca(Boxed(slot));
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.Call(RuntimeMembers.PyFalse);
        _il.CompareBranch(OpCodes.Beq, whenFalse);
        SetPc(pc);
        LoadChecked(slot, pc);
        _il.Call(RuntimeMembers.IsTrue);
        _il.Branch(jumpIfTrue ? OpCodes.Brtrue : OpCodes.Brfalse, target);
        _il.MarkLabel(next);
    }

    /// <summary>
    /// FOR_ITER (falls through with an item, jumps when exhausted) and FOR_ITER_BACK (jumps back
    /// with an item, falls through when exhausted). A range iterator steps inline; an item the body
    /// unpacks at once may skip its tuple (see FunctionLowering.UnpackedLoops).
    /// </summary>
    private void EmitForIter(int pc, bool back)
    {
        var iterator = Boxed(Out(pc, 0));
        var target = Boxed(Out(pc, 1));
        var next = _il.DefineLabel();
        var hasItem = back ? _labels[Operand(pc, 2)] : next;
        var exhausted = back ? next : _labels[Operand(pc, 2)];
        var generic = _il.DefineLabel();
        var range = RangeIterator();
        CastReference(iterator, range, generic);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeRemaining);
        _il.LdcI8(0);
        _il.CompareBranch(OpCodes.Ble, exhausted);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeNext);
        _il.Call(RuntimeMembers.FromInt);
        _il.Stloc(target);
        _il.Ldloc(range);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeNext);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeStep);
        _il.Arithmetic(OpCodes.Add);
        _il.Stfld(RuntimeMembers.RangeNext);
        _il.Ldloc(range);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeRemaining);
        _il.LdcI8(1);
        _il.Arithmetic(OpCodes.Sub);
        _il.Stfld(RuntimeMembers.RangeRemaining);
        _il.Branch(OpCodes.Br, hasItem);

        _il.MarkLabel(generic);
        SetPc(pc);
        if (UnpackedBody(pc) is var body and >= 0)
        {
            EmitNextUnpacked(iterator, body, exhausted);
        }

        _il.Ldloc(iterator);
        _il.Ldloca(target);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.TryNext)));
        _il.Branch(OpCodes.Brtrue, hasItem);
        _il.Ldarg(InterpreterArg);
        _il.Ldloc(iterator);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.LoopFinished)));

        if (!back)
        {
            _il.Branch(OpCodes.Br, exhausted);
        }

        _il.MarkLabel(next);
    }
}
