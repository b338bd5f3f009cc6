namespace MarketingSaaS.Approvals;

/// <summary>The longest chain of delegations a new one would be part of (setting <see cref="ApprovalSettings.MaxDelegationChainLength"/>).</summary>
public static class ApprovalDelegationChainLength
{
    /// <summary>
    /// The number of delegations in the longest chain X→…→delegator→delegate→…→Y through the new delegation whose
    /// windows all share an instant with [from, until) and with each other. Call it after the cycle check: the chains
    /// are then paths. Exploration stops past <paramref name="limit"/>, which is all a caller needs to know.
    /// </summary>
    public static int Through(Guid delegatorUserId, Guid delegateUserId, DateTimeOffset from, DateTimeOffset until, IEnumerable<ApprovalDelegation> others, int limit)
    {
        var unrevoked = others.Where(d => !d.IsRevoked).ToList();
        var byDelegator = unrevoked.ToLookup(d => d.DelegatorUserId);
        var byDelegate = unrevoked.ToLookup(d => d.DelegateUserId);
        var longest = 0;
        Backward(delegatorUserId, from, until, 1, [delegatorUserId, delegateUserId]);
        return longest;

        void Backward(Guid user, DateTimeOffset windowFrom, DateTimeOffset windowUntil, int length, HashSet<Guid> path)
        {
            longest = Math.Max(longest, length + Forward(delegateUserId, windowFrom, windowUntil, path, limit - length));
            if (longest > limit)
            {
                return;
            }

            foreach (var previous in byDelegate[user])
            {
                if (Overlap(previous, windowFrom, windowUntil) is { } common && path.Add(previous.DelegatorUserId))
                {
                    Backward(previous.DelegatorUserId, common.From, common.Until, length + 1, path);
                    path.Remove(previous.DelegatorUserId);
                }
            }
        }

        int Forward(Guid user, DateTimeOffset windowFrom, DateTimeOffset windowUntil, HashSet<Guid> path, int budget)
        {
            var best = 0;
            if (budget < 0)
            {
                return best;
            }

            foreach (var next in byDelegator[user])
            {
                if (Overlap(next, windowFrom, windowUntil) is { } common && path.Add(next.DelegateUserId))
                {
                    best = Math.Max(best, 1 + Forward(next.DelegateUserId, common.From, common.Until, path, budget - 1));
                    path.Remove(next.DelegateUserId);
                }
            }

            return best;
        }
    }

    private static (DateTimeOffset From, DateTimeOffset Until)? Overlap(ApprovalDelegation delegation, DateTimeOffset from, DateTimeOffset until)
    {
        var commonFrom = delegation.From > from ? delegation.From : from;
        var commonUntil = delegation.Until < until ? delegation.Until : until;
        return commonFrom < commonUntil ? (commonFrom, commonUntil) : null;
    }
}
