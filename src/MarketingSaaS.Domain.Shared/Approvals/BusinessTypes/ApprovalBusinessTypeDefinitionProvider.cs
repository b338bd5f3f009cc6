namespace MarketingSaaS.Approvals.BusinessTypes;

/// <summary>Registers business types: a module names its provider in its manifest (<c>.Provides&lt;ApprovalBusinessTypeDefinitionProvider, T&gt;()</c>), the platform with <c>services.AddBusinessTypeDefinitions&lt;T&gt;()</c>.</summary>
public abstract class ApprovalBusinessTypeDefinitionProvider
{
    public abstract void Define(ApprovalBusinessTypeDefinitionContext context);
}
