namespace MarketingSaaS.MyTasks;

/// <summary>
/// The "My tasks" contract: a module contributes the open tasks assigned to a person (registered as a scoped
/// <c>IMyTaskSource</c>). Runs in the company's context. The platform asks only the sources whose feature is on and
/// whose permission the user holds, then orders everything: overdue first, then by due date.
/// </summary>
public interface IMyTaskSource
{
    /// <summary>The source's key, shown in the portal by its own text (e.g. <c>Events</c>).</summary>
    string Source { get; }

    string? RequiredFeature { get; }

    string RequiredPermission { get; }

    /// <param name="today">The company's today (its time zone), for the overdue flag.</param>
    Task<IReadOnlyList<MyTaskItem>> GetOpenTasksAsync(Guid userId, DateOnly today, CancellationToken cancellationToken = default);
}
