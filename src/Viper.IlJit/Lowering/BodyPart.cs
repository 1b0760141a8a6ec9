namespace Viper.IlJit.Lowering;

/// <summary>Which versions of a body one compiled method holds (see <see cref="VersionSplit"/>).</summary>
internal enum BodyPart
{
    /// <summary>The specialized version, if it pays, followed by the generic one it deoptimizes to.</summary>
    Whole,

    /// <summary>Only the specialized version; its guards hand the frame to the generic method.</summary>
    SpecializedEntry,

    /// <summary>Only the generic version, entered at the top or where the specialized method left.</summary>
    GenericContinuation,
}
