using ModelLicenseGuard.Tasks.Readers;

namespace ModelLicenseGuard.Tasks;

// What reading model headers may cost in one build (docs/model-sources.md#limits).
public sealed partial class ResolveModelArtifacts
{
    private ReadBudget? _budget;

    /// <summary>The most bytes read from one model file (<c>ModelLicenseGuardMaxHeaderBytes</c>); unset or 0 is the default.</summary>
    public long MaxHeaderBytes { get; set; }

    /// <summary>The most bytes read from all model files of the build (<c>ModelLicenseGuardMaxTotalHeaderBytes</c>).</summary>
    public long MaxTotalHeaderBytes { get; set; }

    /// <summary>The most seconds spent reading model files in the build (<c>ModelLicenseGuardModelReadingTimeout</c>).</summary>
    public int ModelReadingTimeout { get; set; }

    /// <summary>One budget for the whole run; its clock starts at the first model file read.</summary>
    private ReadBudget Budget => _budget ??= new ReadBudget(MaxHeaderBytes, MaxTotalHeaderBytes, ModelReadingTimeout);
}
