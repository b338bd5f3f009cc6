using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Notifications;
using MarketingSaaS.TestBase;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.Processes.ProcessClient;

namespace MarketingSaaS.HttpApi.Tests.Processes;

/// <summary>
/// "Step ready" goes to the holders of the steps a completion lets start, and only once their whole earlier group is
/// complete; "step assigned" goes to the person a step was handed to. Nobody else hears of either.
/// </summary>
public abstract class ProcessStepReadyNotificationApiTests(ApiFixture fixture)
{
    private static readonly DateOnly Friday = new(2026, 7, 3);

    private static async Task<JsonElement[]> OfKindAsync(ApiClient client, string kind) =>
        [.. (await client.GetNotificationsAsync()).Where(n => n.Kind() == kind)];

    [Fact]
    public async Task Completing_the_first_step_tells_the_next_steps_holder_and_nobody_else()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var other = await ProcessScenario.CreateAsync(fixture);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday, "Autumn launch");
        await other.Session.Admin.StartAsync(other.TemplateId, Friday);
        (await s.Session.Admin.TryProvideAsync(instance, 0, 0)).EnsureSuccessStatusCode();

        (await s.Session.Admin.TryCompleteAsync(instance, 0)).EnsureSuccessStatusCode();

        var ready = (await OfKindAsync(s.Staff, "StepReady")).ShouldHaveSingleItem();
        ready.Title().ShouldBe("可以开始：B");
        ready.Body().ShouldBe("「A」已完成，您现在可以开始流程「Autumn launch」的步骤「B」（截止 2026-07-09）。");
        ready.GetProperty("link").GetString().ShouldBe($"/processes/instances/{instance.GetProperty("id").GetGuid()}");
        (await OfKindAsync(s.Session.Admin, "StepReady")).ShouldBeEmpty();
        (await OfKindAsync(other.Staff, "StepReady")).ShouldBeEmpty();
        (await OfKindAsync(other.Session.Admin, "StepReady")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_next_group_is_ready_only_when_every_parallel_step_is_complete()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        (await s.Session.Admin.PutAsync("/api/settings/my-culture", new { culture = "en" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday, "Autumn launch");
        (await s.Session.Admin.TryProvideAsync(instance, 0, 0)).EnsureSuccessStatusCode();
        (await s.Session.Admin.TryCompleteAsync(instance, 0)).EnsureSuccessStatusCode();

        (await s.Staff.TryCompleteAsync(instance, 1)).EnsureSuccessStatusCode();
        (await OfKindAsync(s.Session.Admin, "StepReady")).ShouldBeEmpty();

        // C has no holder: anyone running processes completes it, and D (the admin's) can start.
        (await s.Staff.TryCompleteAsync(instance, 2)).EnsureSuccessStatusCode();
        var ready = (await OfKindAsync(s.Session.Admin, "StepReady")).ShouldHaveSingleItem();
        ready.Title().ShouldBe("Ready to start: D");
        ready.Body().ShouldBe("\"C\" is complete: you can start the step \"D\" of the process \"Autumn launch\" now (due 2026-07-13).");
        (await OfKindAsync(s.Staff, "StepReady")).ShouldHaveSingleItem().Title().ShouldBe("可以开始：B");
    }

    [Fact]
    public async Task Only_the_person_a_step_is_handed_to_hears_of_it()
    {
        var s = await ProcessScenario.CreateAsync(fixture);
        var other = await ProcessScenario.CreateAsync(fixture);
        var thirdId = (await Identity.IdentityTestExtensions.CreateUserAsync(s.Session, "writer1", "staff")).GetProperty("id").GetGuid();
        var third = await s.Session.SignInAsync("writer1", TestAccounts.UserPassword);
        var instance = await s.Session.Admin.StartAsync(s.TemplateId, Friday);
        var adminBefore = (await s.Session.Admin.GetNotificationsAsync()).Length;
        var staffBefore = (await s.Staff.GetNotificationsAsync()).Length;

        var step = StepAt(instance, 1);
        (await s.Staff.PostAsync($"{Instances}/{instance.GetProperty("id").GetGuid()}/steps/{step.GetProperty("id").GetGuid()}/reassign", new { userId = thirdId }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var assigned = (await third.GetNotificationsAsync()).ShouldHaveSingleItem();
        assigned.Kind().ShouldBe("StepAssigned");
        assigned.Title().ShouldBe("新任务：B");
        (await s.Staff.GetNotificationsAsync()).Length.ShouldBe(staffBefore);
        (await s.Session.Admin.GetNotificationsAsync()).Length.ShouldBe(adminBefore);
        (await other.Staff.GetNotificationsAsync()).ShouldBeEmpty();
        (await other.Session.Admin.GetNotificationsAsync()).ShouldBeEmpty();
    }
}

public sealed class ProcessStepReadyNotificationApiTestsOnSqlite(SqliteApiFixture fixture) : ProcessStepReadyNotificationApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class ProcessStepReadyNotificationApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : ProcessStepReadyNotificationApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
