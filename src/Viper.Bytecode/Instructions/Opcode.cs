namespace Viper.Bytecode.Instructions;

/// <summary>
/// Every instruction of the register VM. What each one reads, writes and means is described
/// once, in <see cref="InstructionSet"/>; keep the two in the same order.
/// </summary>
public enum Opcode : byte
{
    Nop,
    Move,
    LoadConst,
    LoadGlobal,
    StoreGlobal,
    DeleteGlobal,
    DeleteFast,
    LoadDeref,
    StoreDeref,

    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    BinaryOp,
    InplaceAdd,
    InplaceSub,
    InplaceOp,
    AddConst,
    SubConst,
    MulConst,
    InplaceAddConst,
    InplaceSubConst,
    InplaceAddConstGlobal,

    Neg,
    Pos,
    Invert,
    Not,
    Compare,

    Jump,
    JumpIfTrue,
    JumpIfFalse,
    CompareJump,
    CompareConstJump,

    GetIter,
    ForIter,
    ForIterBack,

    Call,
    CallKw,
    CallMethod,
    Return,
    ReturnConst,
    MakeFunction,

    LoadAttr,
    StoreAttr,
    GetItem,
    GetItemConst,
    SetItem,
    SetItemValueConst,
    DeleteItem,

    BuildList,
    BuildTuple,
    BuildDict,
    BuildString,
    BuildSet,
    SetFromConstants,
    BuildSlice,
    FormatValue,
    FormatWithSpec,
    UnpackSequence,

    ImportName,
    ImportFrom,
    PrintExpr,

    LoadName,
    StoreName,
    DeleteName,
    DeleteAttr,
    Raise,
    RaiseFrom,
    Reraise,
    RaiseCurrent,
    PushExcInfo,
    PopExcept,
    CheckExcMatch,
    LoadAssertionError,
}
