namespace MarketingSaaS.MyTasks;

/// <summary>An open task of a person from one source; <paramref name="Link"/> is a portal path.</summary>
public sealed record MyTaskItem(string Source, Guid Id, string Title, string Context, DateOnly? DueDate, bool IsOverdue, string Link);
