using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Frontend.Ast;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>Arithmetic: <c>long</c> and <c>double</c> fast paths chosen from the recorded operand types, the VM's helper behind them.</summary>
internal sealed partial class FunctionLowering
{
    /// <summary>
    /// <c>dst = left op right</c>. The VM records nothing on its int fast path, so a site that saw
    /// no types or saw ints gets the <c>long</c> path (with an overflow check that falls back to
    /// the helper, which makes a big int); a site that saw floats gets the <c>double</c> path.
    /// Whatever the fast paths do not cover goes to <c>Arithmetic.Binary</c>, as in the VM.
    /// </summary>
    private void EmitBinary(int pc, BinaryOperator op, int dst, int left, RightOperand right, bool inplace)
    {
        var seen = _code.OperandTypesSeen[pc];
        var constant = right.IsConstant ? Constant(right.Index) : null;
        var unboxedOperand = IsUnboxed(left) || (!right.IsConstant && IsUnboxed(right.Index));
        var intPath = !unboxedOperand && (seen == OperandTypes.None || seen.HasFlag(OperandTypes.Int)) && IntOperator(op) && (!right.IsConstant || constant is long);
        var floatPath = (unboxedOperand || seen.HasFlag(OperandTypes.Float)) && FloatOperator(op) && (!right.IsConstant || constant is double);
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        var floatCheck = floatPath ? _il.DefineLabel() : slow;

        if (intPath)
        {
            EmitIntBinary(op, dst, left, right, floatCheck, slow, done);
        }

        if (floatPath)
        {
            if (intPath)
            {
                _il.MarkLabel(floatCheck);
            }

            EmitFloatBinary(op, dst, left, right, slow, done);

            // Unboxed floats (and float constants) need no check: + - * of floats cannot fail.
            if (IsUnboxed(left) && (right.IsConstant || IsUnboxed(right.Index)) && op != BinaryOperator.Div)
            {
                _il.MarkLabel(done);
                return;
            }
        }

        _il.MarkLabel(slow);
        SetPc(pc);
        _il.LdcI4((int)op);
        LoadChecked(left, pc);
        LoadRight(right, pc);
        _il.LdcI4(inplace ? 1 : 0);
        _il.Call(RuntimeMembers.Binary);
        StoreValue(dst);
        _il.MarkLabel(done);
    }

    private static bool IntOperator(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.FloorDiv or BinaryOperator.Mod
            or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor;

    private static bool FloatOperator(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div;

    private bool IsUnboxed(int slot) => _floats[slot] is not null;

    /// <summary>Branches to <paramref name="otherwise"/> unless the slot holds an inline value with <paramref name="tag"/> (an unboxed float always does).</summary>
    private void CheckTag(int slot, System.Reflection.FieldInfo tag, IlLabel otherwise)
    {
        if (IsUnboxed(slot) && tag == RuntimeMembers.FloatTag)
        {
            return;
        }

        _il.Ldloca(Boxed(slot));
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.Ldsfld(tag);
        _il.CompareBranch(OpCodes.Bne_Un, otherwise);
    }

    /// <summary>Loads a slot known to hold a float as a <c>double</c>.</summary>
    private void LoadDouble(int slot)
    {
        if (_floats[slot] is { } unboxed)
        {
            _il.Ldloc(unboxed);
            return;
        }

        LoadBits(slot);
        _il.Call(RuntimeMembers.BitsToDouble);
    }

    private void LoadBits(int slot)
    {
        _il.Ldloca(Boxed(slot));
        _il.Ldfld(RuntimeMembers.ValueBits);
    }

    private void EmitIntBinary(BinaryOperator op, int dst, int left, RightOperand right, IlLabel notInts, IlLabel slow, IlLabel done)
    {
        var x = LongTemp(ref _longX, "x");
        var y = LongTemp(ref _longY, "y");
        var result = LongTemp(ref _longResult, "r");
        CheckTag(left, RuntimeMembers.IntTag, notInts);
        if (!right.IsConstant)
        {
            CheckTag(right.Index, RuntimeMembers.IntTag, notInts);
        }

        LoadBits(left);
        _il.Stloc(x);
        if (right.IsConstant)
        {
            _il.LdcI8((long)Constant(right.Index)!);
        }
        else
        {
            LoadBits(right.Index);
        }

        _il.Stloc(y);
        switch (op)
        {
            case BinaryOperator.Add or BinaryOperator.Sub:
                // Overflow when the result's sign differs from what both operands (for +) or the
                // left and the negated right (for -) agree on.
                _il.Ldloc(x);
                _il.Ldloc(y);
                _il.Arithmetic(op == BinaryOperator.Add ? OpCodes.Add : OpCodes.Sub);
                _il.Stloc(result);
                _il.Ldloc(x);
                _il.Ldloc(result);
                _il.Arithmetic(OpCodes.Xor);
                _il.Ldloc(op == BinaryOperator.Add ? y : x);
                if (op == BinaryOperator.Add)
                {
                    _il.Ldloc(result);
                }
                else
                {
                    _il.Ldloc(y);
                }

                _il.Arithmetic(OpCodes.Xor);
                _il.Arithmetic(OpCodes.And);
                _il.LdcI8(0);
                _il.CompareBranch(OpCodes.Blt, slow);
                break;
            case BinaryOperator.Mult:
                {
                    // The 128-bit product fits in a long when its high half is the low half's sign.
                    _il.Ldloc(x);
                    _il.Ldloc(y);
                    _il.Ldloca(result);
                    _il.Call(RuntimeMembers.BigMul);
                    _il.Ldloc(result);
                    _il.LdcI4(63);
                    _il.Shift(OpCodes.Shr);
                    _il.CompareBranch(OpCodes.Bne_Un, slow);
                    break;
                }

            case BinaryOperator.FloorDiv or BinaryOperator.Mod:
                {
                    // Positive divisors only, as in the VM: the rounding toward minus infinity is one adjustment.
                    _il.Ldloc(y);
                    _il.LdcI8(0);
                    _il.CompareBranch(OpCodes.Ble, slow);
                    var adjusted = _il.DefineLabel();
                    if (op == BinaryOperator.FloorDiv)
                    {
                        _il.Ldloc(x);
                        _il.Ldloc(y);
                        _il.Arithmetic(OpCodes.Div);
                        _il.Stloc(result);
                        _il.Ldloc(x);
                        _il.Ldloc(y);
                        _il.Arithmetic(OpCodes.Rem);
                        _il.LdcI8(0);
                        _il.CompareBranch(OpCodes.Bge, adjusted);
                        _il.Ldloc(result);
                        _il.LdcI8(1);
                        _il.Arithmetic(OpCodes.Sub);
                        _il.Stloc(result);
                    }
                    else
                    {
                        _il.Ldloc(x);
                        _il.Ldloc(y);
                        _il.Arithmetic(OpCodes.Rem);
                        _il.Stloc(result);
                        _il.Ldloc(result);
                        _il.LdcI8(0);
                        _il.CompareBranch(OpCodes.Bge, adjusted);
                        _il.Ldloc(result);
                        _il.Ldloc(y);
                        _il.Arithmetic(OpCodes.Add);
                        _il.Stloc(result);
                    }

                    _il.MarkLabel(adjusted);
                    break;
                }

            default:
                _il.Ldloc(x);
                _il.Ldloc(y);
                _il.Arithmetic(op switch
                {
                    BinaryOperator.BitAnd => OpCodes.And,
                    BinaryOperator.BitOr => OpCodes.Or,
                    _ => OpCodes.Xor,
                });
                _il.Stloc(result);
                break;
        }

        _il.Ldloc(result);
        _il.Call(RuntimeMembers.FromInt);
        _il.Stloc(Boxed(dst));
        _il.Branch(OpCodes.Br, done);
    }

    private void EmitFloatBinary(BinaryOperator op, int dst, int left, RightOperand right, IlLabel slow, IlLabel done)
    {
        CheckTag(left, RuntimeMembers.FloatTag, slow);
        if (!right.IsConstant)
        {
            CheckTag(right.Index, RuntimeMembers.FloatTag, slow);
        }

        if (op == BinaryOperator.Div)
        {
            // Division by zero raises in the helper.
            LoadFloat(right);
            _il.LdcR8(0);
            _il.CompareBranch(OpCodes.Beq, slow);
        }

        LoadDouble(left);
        LoadFloat(right);
        _il.Arithmetic(op switch
        {
            BinaryOperator.Add => OpCodes.Add,
            BinaryOperator.Sub => OpCodes.Sub,
            BinaryOperator.Mult => OpCodes.Mul,
            _ => OpCodes.Div,
        });
        if (_floats[dst] is { } unboxed)
        {
            _il.Stloc(unboxed);
        }
        else
        {
            _il.Call(RuntimeMembers.FromFloat);
            _il.Stloc(Boxed(dst));
        }

        _il.Branch(OpCodes.Br, done);
    }

    private void LoadFloat(RightOperand operand)
    {
        if (operand.IsConstant)
        {
            _il.LdcR8((double)Constant(operand.Index)!);
        }
        else
        {
            LoadDouble(operand.Index);
        }
    }
}
