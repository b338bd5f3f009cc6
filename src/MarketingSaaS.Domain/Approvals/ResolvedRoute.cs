namespace MarketingSaaS.Approvals;

/// <summary>The route a request takes: the policy and rule that matched and the stages with real people.</summary>
public sealed record ResolvedRoute(Guid PolicyId, Guid RuleId, int RuleOrder, string RuleName, IReadOnlyList<ResolvedStage> Stages);
