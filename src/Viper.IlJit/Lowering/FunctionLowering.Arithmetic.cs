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
        var intOperand = IsInt(left) || (!right.IsConstant && IsInt(right.Index));
        var intPath = !unboxedOperand && (intOperand || seen == OperandTypes.None || seen.HasFlag(OperandTypes.Int)) && IntOperator(op) && (!right.IsConstant || constant is long);
        // A site that never ran before compilation (a loop not reached yet) records nothing, as int
        // sites do: it gets the float path too, behind the int path's checks.
        var floatPath = !intOperand && (unboxedOperand || seen.HasFlag(OperandTypes.Float) || seen == OperandTypes.None) && FloatOperator(op) && (!right.IsConstant || constant is double or long);
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        if (MixesIntAndFloat(op, left, right))
        {
            EmitIntFloatBinary(op, dst, left, right);
            return;
        }

        if (IsInt(dst))
        {
            // Both operands are unboxed ints here (IntSlots): what the inline path does not cover
            // (an overflow, a divisor it does not handle) leaves the specialized version.
            EmitIntBinary(op, dst, left, right, Deopt(pc), Deopt(pc), done);
            _il.MarkLabel(done);
            return;
        }

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

    /// <summary>
    /// Whether this is <c>+ - *</c> of an unboxed int and an unboxed float or float constant, in
    /// either order: no guard can fail, and Python's result is the float operation on the int
    /// converted to the nearest double, which is what <c>conv.r8</c> gives.
    /// </summary>
    private bool MixesIntAndFloat(BinaryOperator op, int left, RightOperand right)
    {
        if (op is not (BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult))
        {
            return false;
        }

        var rightIsFloat = right.IsConstant ? Constant(right.Index) is double : IsUnboxed(right.Index);
        var rightIsInt = !right.IsConstant && IsInt(right.Index);
        return (IsInt(left) && rightIsFloat) || (IsUnboxed(left) && rightIsInt);
    }

    private void EmitIntFloatBinary(BinaryOperator op, int dst, int left, RightOperand right)
    {
        void Load(int slot)
        {
            if (IsInt(slot))
            {
                _il.Ldloc(_ints[slot]!);
                _il.ConvR8();
            }
            else
            {
                _il.Ldloc(_floats[slot]!);
            }
        }

        Load(left);
        if (right.IsConstant)
        {
            _il.LdcR8((double)Constant(right.Index)!);
        }
        else
        {
            Load(right.Index);
        }

        _il.Arithmetic(op switch
        {
            BinaryOperator.Add => OpCodes.Add,
            BinaryOperator.Sub => OpCodes.Sub,
            _ => OpCodes.Mul,
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
    }

    private static bool IntOperator(BinaryOperator op) => IntSlots.IsIntOperator(op);

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

        if (IsInt(slot))
        {
            if (tag != RuntimeMembers.IntTag)
            {
                _il.Branch(OpCodes.Br, otherwise);
            }

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
        if (IsInt(slot))
        {
            _il.Ldloc(_ints[slot]!);
            return;
        }

        _il.Ldloca(Boxed(slot));
        _il.Ldfld(RuntimeMembers.ValueBits);
    }

    /// <summary>
    /// <c>left op right</c> on 64-bit ints, branching to <paramref name="slow"/> where the result
    /// does not fit (or a division the inline path leaves to the helper: by zero, by -1), so that
    /// nothing has been written when it does. Operands are read where they are (an unboxed int, a
    /// value's payload, a constant) rather than copied, and each site gets its own result local,
    /// which keeps .NET's register allocator free to keep them all in registers.
    /// </summary>
    private void EmitIntBinary(BinaryOperator op, int dst, int left, RightOperand right, IlLabel notInts, IlLabel slow, IlLabel done)
    {
        CheckTag(left, RuntimeMembers.IntTag, notInts);
        if (!right.IsConstant)
        {
            CheckTag(right.Index, RuntimeMembers.IntTag, notInts);
        }

        long? constant = right.IsConstant ? (long)Constant(right.Index)! : null;
        void LoadX() => LoadBits(left);
        void LoadY()
        {
            if (constant is { } value)
            {
                _il.LdcI8(value);
            }
            else
            {
                LoadBits(right.Index);
            }
        }

        var result = _il.DeclareLocal(typeof(long), "r");
        switch (op)
        {
            case BinaryOperator.Add or BinaryOperator.Sub when constant is { } c:
                {
                    // x + c overflows exactly when x is beyond a bound known now.
                    var (limit, above) = (op, c >= 0) switch
                    {
                        (BinaryOperator.Add, true) => (long.MaxValue - c, true),
                        (BinaryOperator.Add, false) => (long.MinValue - c, false),
                        (_, true) => (long.MinValue + c, false),
                        _ => (long.MaxValue + c, true),
                    };
                    LoadX();
                    _il.LdcI8(limit);
                    _il.CompareBranch(above ? OpCodes.Bgt : OpCodes.Blt, slow);
                    LoadX();
                    LoadY();
                    _il.Arithmetic(op == BinaryOperator.Add ? OpCodes.Add : OpCodes.Sub);
                    _il.Stloc(result);
                    break;
                }

            case BinaryOperator.Add or BinaryOperator.Sub:
                // Overflow when the result's sign differs from what both operands (for +) or the
                // left and the negated right (for -) agree on.
                LoadX();
                LoadY();
                _il.Arithmetic(op == BinaryOperator.Add ? OpCodes.Add : OpCodes.Sub);
                _il.Stloc(result);
                LoadX();
                _il.Ldloc(result);
                _il.Arithmetic(OpCodes.Xor);
                if (op == BinaryOperator.Add)
                {
                    LoadY();
                    _il.Ldloc(result);
                }
                else
                {
                    LoadX();
                    LoadY();
                }

                _il.Arithmetic(OpCodes.Xor);
                _il.Arithmetic(OpCodes.And);
                _il.LdcI8(0);
                _il.CompareBranch(OpCodes.Blt, slow);
                break;
            case BinaryOperator.Mult when constant is { } c && c is not (0 or -1):
                // x * c fits exactly when x lies between the bounds (long.MaxValue and MinValue divided by c, truncated).
                LoadX();
                _il.LdcI8(long.MaxValue / c);
                _il.CompareBranch(c > 0 ? OpCodes.Bgt : OpCodes.Blt, slow);
                LoadX();
                _il.LdcI8(long.MinValue / c);
                _il.CompareBranch(c > 0 ? OpCodes.Blt : OpCodes.Bgt, slow);
                LoadX();
                LoadY();
                _il.Arithmetic(OpCodes.Mul);
                _il.Stloc(result);
                break;
            case BinaryOperator.Mult:
                LoadX();
                LoadY();
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.MultiplyFits)));
                _il.Branch(OpCodes.Brfalse, slow);
                LoadX();
                LoadY();
                _il.Arithmetic(OpCodes.Mul);
                _il.Stloc(result);
                break;
            case BinaryOperator.FloorDiv or BinaryOperator.Mod:
                {
                    // Python rounds toward minus infinity: when the remainder is not zero and its
                    // sign differs from the divisor's, the quotient is one less and the modulus
                    // one divisor more. Dividing by 0 raises and long.MinValue // -1 overflows,
                    // so y in {0, -1} goes to the helper (y + 1 as unsigned is then at most 1).
                    LoadY();
                    _il.LdcI8(1);
                    _il.Arithmetic(OpCodes.Add);
                    _il.LdcI8(1);
                    _il.CompareBranch(OpCodes.Ble_Un, slow);
                    var remainder = _il.DeclareLocal(typeof(long), "rem");
                    LoadX();
                    LoadY();
                    _il.Arithmetic(OpCodes.Rem);
                    _il.Stloc(remainder);
                    if (op == BinaryOperator.FloorDiv)
                    {
                        LoadX();
                        LoadY();
                        _il.Arithmetic(OpCodes.Div);
                    }
                    else
                    {
                        _il.Ldloc(remainder);
                    }

                    _il.Stloc(result);
                    var adjusted = _il.DefineLabel();
                    _il.Ldloc(remainder);
                    _il.LdcI8(0);
                    _il.CompareBranch(OpCodes.Beq, adjusted);
                    _il.Ldloc(remainder);
                    LoadY();
                    _il.Arithmetic(OpCodes.Xor);
                    _il.LdcI8(0);
                    _il.CompareBranch(OpCodes.Bge, adjusted);
                    _il.Ldloc(result);
                    if (op == BinaryOperator.FloorDiv)
                    {
                        _il.LdcI8(1);
                        _il.Arithmetic(OpCodes.Sub);
                    }
                    else
                    {
                        LoadY();
                        _il.Arithmetic(OpCodes.Add);
                    }

                    _il.Stloc(result);
                    _il.MarkLabel(adjusted);
                    break;
                }

            default:
                LoadX();
                LoadY();
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
        if (IsInt(dst))
        {
            _il.Stloc(_ints[dst]!);
        }
        else
        {
            _il.Call(RuntimeMembers.FromInt);
            _il.Stloc(Boxed(dst));
        }

        _il.Branch(OpCodes.Br, done);
    }

    /// <summary>
    /// <c>left op right</c> as doubles. An int beside a float converts to the nearest double, as
    /// Python converts it; two ints (which an int constant and an int slot would be) are not this
    /// path's, so they go to <paramref name="slow"/> with everything that is neither.
    /// </summary>
    private void EmitFloatBinary(BinaryOperator op, int dst, int left, RightOperand right, IlLabel slow, IlLabel done)
    {
        var rightMayBeInt = right.IsConstant ? Constant(right.Index) is long : !IsUnboxed(right.Index);
        var ints = !IsUnboxed(left) && rightMayBeInt ? _il.DeclareLocal(typeof(int), "ints") : null;
        if (ints is not null)
        {
            _il.LdcI4(right.IsConstant ? 1 : 0);
            _il.Stloc(ints);
        }

        var x = FloatOperand(left, ints, slow);
        var y = right.IsConstant ? null : FloatOperand(right.Index, ints, slow);
        if (ints is not null)
        {
            _il.Ldloc(ints);
            _il.LdcI4(2);
            _il.CompareBranch(OpCodes.Bge, slow);
        }

        void LoadY()
        {
            if (y is null)
            {
                LoadFloat(right);
            }
            else
            {
                _il.Ldloc(y);
            }
        }

        if (op == BinaryOperator.Div)
        {
            // Division by zero raises in the helper.
            LoadY();
            _il.LdcR8(0);
            _il.CompareBranch(OpCodes.Beq, slow);
        }

        _il.Ldloc(x);
        LoadY();
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

    /// <summary>
    /// A float site's operand as a double: an unboxed float's own local, else a local of its own
    /// holding a boxed float's payload or a boxed int converted (counted in <paramref name="ints"/>
    /// when the other operand may be an int too); anything else branches to <paramref name="slow"/>.
    /// </summary>
    private IlLocal FloatOperand(int slot, IlLocal? ints, IlLabel slow)
    {
        if (_floats[slot] is { } unboxed)
        {
            return unboxed;
        }

        var result = _il.DeclareLocal(typeof(double), "f");
        var notFloat = _il.DefineLabel();
        var loaded = _il.DefineLabel();
        CheckTag(slot, RuntimeMembers.FloatTag, notFloat);
        LoadDouble(slot);
        _il.Stloc(result);
        _il.Branch(OpCodes.Br, loaded);
        _il.MarkLabel(notFloat);
        CheckTag(slot, RuntimeMembers.IntTag, slow);
        LoadBits(slot);
        _il.ConvR8();
        _il.Stloc(result);
        if (ints is not null)
        {
            _il.Ldloc(ints);
            _il.LdcI4(1);
            _il.Arithmetic(OpCodes.Add);
            _il.Stloc(ints);
        }

        _il.MarkLabel(loaded);
        return result;
    }

    /// <summary>Loads a float operand; an int constant (which float sites take where Python would convert it) as its nearest double.</summary>
    private void LoadFloat(RightOperand operand)
    {
        if (operand.IsConstant)
        {
            _il.LdcR8(Constant(operand.Index) is long integer ? integer : (double)Constant(operand.Index)!);
        }
        else
        {
            LoadDouble(operand.Index);
        }
    }
}
