namespace MarketingSaaS.Approvals;

/// <summary>
/// Contributes approval policies a new company starts with ("import defaults"). A module names its provider in its
/// manifest: <c>.Provides&lt;DefaultApprovalPolicyProvider, T&gt;()</c>; the platform's own defaults come after the modules'.
/// </summary>
public abstract class DefaultApprovalPolicyProvider
{
    public abstract Task DefineAsync(DefaultApprovalPolicyContext context, CancellationToken cancellationToken);
}
