namespace MarketingSaaS.Approvals;

/// <summary>Follows chains of delegations (A→B, B→C: C decides for A and B).</summary>
public static class ApprovalDelegationChains
{
    /// <summary>The users whose approvals <paramref name="delegateUserId"/> may decide at <paramref name="instant"/>, directly or through a chain active at that instant.</summary>
    public static IReadOnlySet<Guid> DelegatorsOf(Guid delegateUserId, IEnumerable<ApprovalDelegation> delegations, DateTimeOffset instant)
    {
        var delegatorsByDelegate = delegations.Where(d => d.IsActiveAt(instant)).ToLookup(d => d.DelegateUserId, d => d.DelegatorUserId);
        var found = new HashSet<Guid>();
        var queue = new Queue<Guid>([delegateUserId]);
        while (queue.TryDequeue(out var user))
        {
            foreach (var delegator in delegatorsByDelegate[user].Where(d => d != delegateUserId && found.Add(d)))
            {
                queue.Enqueue(delegator);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether delegator→delegate over [from, until) would close a cycle: a chain of other delegations leading from
    /// the delegate back to the delegator whose windows all share an instant with [from, until).
    /// </summary>
    public static bool ClosesCycle(Guid delegatorUserId, Guid delegateUserId, DateTimeOffset from, DateTimeOffset until, IEnumerable<ApprovalDelegation> others)
    {
        var byDelegator = others.Where(d => !d.IsRevoked).ToLookup(d => d.DelegatorUserId);
        var path = new HashSet<Guid> { delegateUserId };
        return Reaches(delegateUserId, from, until);

        bool Reaches(Guid user, DateTimeOffset windowFrom, DateTimeOffset windowUntil)
        {
            foreach (var next in byDelegator[user])
            {
                var commonFrom = next.From > windowFrom ? next.From : windowFrom;
                var commonUntil = next.Until < windowUntil ? next.Until : windowUntil;
                if (commonFrom >= commonUntil)
                {
                    continue;
                }

                if (next.DelegateUserId == delegatorUserId)
                {
                    return true;
                }

                if (path.Add(next.DelegateUserId))
                {
                    if (Reaches(next.DelegateUserId, commonFrom, commonUntil))
                    {
                        return true;
                    }

                    path.Remove(next.DelegateUserId);
                }
            }

            return false;
        }
    }
}
