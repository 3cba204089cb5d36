import {
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { ACMClient, ListCertificatesCommand } from "@aws-sdk/client-acm";
import {
  DeleteSecurityGroupCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  RunInstancesCommand,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import {
  ChangeResourceRecordSetsCommand,
  ListHostedZonesByNameCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";

import { expect, SEEDED, test } from "./fixtures";
import { AlbWizardPage } from "./pages/alb-wizard-page";

// The runner sets AWS_ENDPOINT_URL to the seeded emulator; the SDK picks it up by itself.
const REGION = "us-east-1";
const elbv2 = new ElasticLoadBalancingV2Client({ region: REGION });
const ec2 = new EC2Client({ region: REGION });
const acm = new ACMClient({ region: REGION });
const route53 = new Route53Client({ region: REGION });

const uniqueName = () => `e2e-alb-${Math.random().toString(36).slice(2, 8)}`;

async function loadBalancersNamed(name: string) {
  try {
    return (await elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] }))).LoadBalancers ?? [];
  } catch (error) {
    if (error instanceof Error && /NotFound/.test(error.name)) return [];
    throw error;
  }
}

async function targetGroupsNamed(name: string) {
  try {
    return (await elbv2.send(new DescribeTargetGroupsCommand({ Names: [name] }))).TargetGroups ?? [];
  } catch (error) {
    if (error instanceof Error && /NotFound/.test(error.name)) return [];
    throw error;
  }
}

async function securityGroupsNamed(name: string) {
  const response = await ec2.send(
    new DescribeSecurityGroupsCommand({ Filters: [{ Name: "group-name", Values: [name] }] }),
  );
  return response.SecurityGroups ?? [];
}

async function exampleZoneId(): Promise<string> {
  const zones = await route53.send(new ListHostedZonesByNameCommand({ DNSName: SEEDED.zoneName }));
  const zone = zones.HostedZones?.find((candidate) => candidate.Name === SEEDED.zoneName);
  if (!zone?.Id) throw new Error("The seeded example.com zone is missing");
  return zone.Id.replace("/hostedzone/", "");
}

/** Best effort: whatever a test created goes, so reruns start clean. */
async function cleanUp(name: string) {
  const zoneId = await exampleZoneId();
  const records = await route53.send(
    new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, StartRecordName: `${name}.example.com.` }),
  );
  const mine = (records.ResourceRecordSets ?? []).filter((record) => record.Name === `${name}.example.com.`);
  if (mine.length > 0)
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: { Changes: mine.map((record) => ({ Action: "DELETE", ResourceRecordSet: record })) },
      }),
    );
  for (const lb of await loadBalancersNamed(name)) {
    const listeners = await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
    for (const listener of listeners.Listeners ?? [])
      await elbv2.send(new DeleteListenerCommand({ ListenerArn: listener.ListenerArn }));
    await elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
  }
  for (const group of await targetGroupsNamed(`${name}-tg`))
    await elbv2.send(new DeleteTargetGroupCommand({ TargetGroupArn: group.TargetGroupArn }));
  for (const group of await securityGroupsNamed(`${name}-alb`))
    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: group.GroupId }));
}

test.describe("Create load balancer", () => {
  test("creates an internet-facing ALB with a redirect, HTTPS, a new target group, two targets and an alias record", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const name = uniqueName();
    const wizard = new AlbWizardPage(page);
    try {
      await wizard.open();
      await wizard.fillBasics({ name, subnets: ["images-public-1a", "images-public-1b"] });
      await wizard.next();

      await expect(wizard.stepHeading()).toHaveText("Listeners");
      await expect(wizard.listener(0).getByLabel("Default action")).toHaveValue("redirect");
      await expect(wizard.listener(0).getByLabel("Redirect protocol")).toHaveValue("HTTPS");
      await expect(wizard.listener(0).getByLabel("Redirect port")).toHaveValue("443");
      await wizard.chooseCertificate(1, SEEDED.certificateDomain);
      await expect(wizard.listener(1).locator("option", { hasText: "cdn.example.com" })).toBeDisabled();
      await wizard.next();

      await expect(wizard.stepHeading()).toHaveText("Security group");
      await expect(
        page.getByRole("table", { name: "Inbound rules of the new security group" }),
      ).toContainText("443");
      await wizard.next();

      await wizard.fillTargetGroup({ name: `${name}-tg`, healthCheckPath: "/healthz" });
      await wizard.next();
      await wizard.chooseInstances(["images-blue-1", "images-green-1"]);
      await wizard.next();
      await wizard.addAlias(SEEDED.zoneName, `${name}.example.com`);
      await wizard.next();

      await expect(wizard.stepHeading()).toHaveText("Review and create");
      await expect(wizard.creationSteps()).toContainText(`Create target group ${name}-tg`);
      await expect(wizard.creationSteps()).toContainText("elasticloadbalancing:CreateListener");
      await expect(wizard.creationSteps()).toContainText(`Point ${name}.example.com at the load balancer`);
      await wizard.create();

      await expect(page.getByRole("heading", { name: `Load balancer ${name} created` })).toBeVisible({
        timeout: 60_000,
      });
      await expect(page.getByRole("link", { name: `Open ${name}` })).toHaveAttribute(
        "href",
        `/load-balancers/${name}`,
      );

      const [lb] = await loadBalancersNamed(name);
      expect(lb?.Scheme).toBe("internet-facing");
      expect(lb?.AvailabilityZones?.map((zone) => zone.ZoneName).sort()).toEqual([
        "us-east-1a",
        "us-east-1b",
      ]);

      const certificates = await acm.send(new ListCertificatesCommand({}));
      const certificateArn = certificates.CertificateSummaryList?.find(
        (cert) => cert.DomainName === SEEDED.certificateDomain,
      )?.CertificateArn;
      const listeners =
        (await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb?.LoadBalancerArn })))
          .Listeners ?? [];
      const http = listeners.find((listener) => listener.Port === 80);
      const https = listeners.find((listener) => listener.Port === 443);
      expect(http?.DefaultActions?.[0]).toMatchObject({
        Type: "redirect",
        RedirectConfig: { Protocol: "HTTPS", Port: "443", StatusCode: "HTTP_301" },
      });
      expect(https?.Protocol).toBe("HTTPS");
      expect(https?.Certificates?.[0]?.CertificateArn).toBe(certificateArn);
      expect(https?.SslPolicy).toBe("ELBSecurityPolicy-TLS13-1-2-2021-06");

      const [group] = await targetGroupsNamed(`${name}-tg`);
      expect(group?.HealthCheckPath).toBe("/healthz");
      expect(
        https?.DefaultActions?.[0]?.TargetGroupArn ??
          https?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups?.[0]?.TargetGroupArn,
      ).toBe(group?.TargetGroupArn);
      const health = await elbv2.send(
        new DescribeTargetHealthCommand({ TargetGroupArn: group?.TargetGroupArn }),
      );
      expect(health.TargetHealthDescriptions).toHaveLength(2);

      const records = await route53.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: await exampleZoneId(),
          StartRecordName: `${name}.example.com.`,
          StartRecordType: "A",
        }),
      );
      const alias = records.ResourceRecordSets?.find(
        (record) => record.Name === `${name}.example.com.` && record.Type === "A",
      );
      expect(alias?.AliasTarget?.DNSName?.replace(/\.$/, "").toLowerCase()).toBe(lb?.DNSName?.toLowerCase());
    } finally {
      await cleanUp(name);
    }
  });

  test("creates an ALB whose HTTP listener returns a fixed 503, with the existing images-green target group", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const name = uniqueName();
    const wizard = new AlbWizardPage(page);
    try {
      await wizard.open();
      await wizard.fillBasics({ name, subnets: ["images-public-1a", "images-public-1b"] });
      await wizard.next();

      await wizard.removeListener(1);
      await wizard.setListenerAction(0, { type: "fixed-response", statusCode: "503", body: "maintenance" });
      await wizard.next();
      await expect(wizard.stepHeading()).toHaveText("Security group");
      await wizard.next();

      await wizard.chooseExistingTargetGroup(SEEDED.greenTargetGroup);
      await wizard.next();
      await wizard.next();
      await wizard.next();

      await expect(wizard.stepHeading()).toHaveText("Review and create");
      await expect(wizard.creationSteps()).not.toContainText("CreateTargetGroup");
      await expect(wizard.creationSteps()).toContainText(
        `Use the existing target group ${SEEDED.greenTargetGroup}`,
      );
      await expect(wizard.creationSteps()).toContainText("fixed response 503");
      await wizard.create();

      await expect(page.getByRole("heading", { name: `Load balancer ${name} created` })).toBeVisible({
        timeout: 60_000,
      });
      const [lb] = await loadBalancersNamed(name);
      const listeners =
        (await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb?.LoadBalancerArn })))
          .Listeners ?? [];
      expect(listeners).toHaveLength(1);
      expect(listeners[0]).toMatchObject({ Protocol: "HTTP", Port: 80 });
      expect(listeners[0]?.DefaultActions?.[0]).toMatchObject({
        Type: "fixed-response",
        FixedResponseConfig: { StatusCode: "503", MessageBody: "maintenance" },
      });
      expect(await targetGroupsNamed(SEEDED.greenTargetGroup)).toHaveLength(1);
    } finally {
      await cleanUp(name);
      expect(await targetGroupsNamed(SEEDED.greenTargetGroup)).toHaveLength(1);
    }
  });

  test("warns at the field and in the review before an imported certificate expiring within 30 days goes on a listener", async ({
    page,
  }) => {
    const name = uniqueName();
    const wizard = new AlbWizardPage(page);
    await wizard.open();
    await wizard.fillBasics({ name, subnets: ["images-public-1a", "images-public-1b"] });
    await wizard.next();

    // The seed imports legacy.example.com with a NotAfter 20 days out: ACM will never renew it.
    await wizard.chooseCertificate(1, SEEDED.expiringCertificateDomain);
    const expiring =
      /legacy\.example\.com expires in \d+ days \(\d{4}-\d\d-\d\d\) and is imported: ACM never renews/;
    await expect(wizard.listener(1).getByText(expiring)).toBeVisible();
    await expect(wizard.certificateField(1)).toHaveAccessibleDescription(expiring);
    // The seeded certificate the listeners use today is valid for a year: no warning.
    await wizard.chooseCertificate(1, SEEDED.certificateDomain);
    await expect(wizard.listener(1).getByText(/never renews/)).toHaveCount(0);
    await wizard.chooseCertificate(1, SEEDED.expiringCertificateDomain);

    await wizard.next();
    await wizard.next();
    await wizard.next();
    await wizard.next();
    await wizard.next();
    await expect(wizard.stepHeading()).toHaveText("Review and create");
    await expect(wizard.creationSteps()).toBeVisible();
    await expect(wizard.reviewWarnings().getByText(/^HTTPS:443: /)).toContainText(expiring);
    expect(await loadBalancersNamed(name)).toEqual([]);
  });

  test("shows a field error for subnets in one Availability Zone and creates nothing", async ({ page }) => {
    const name = uniqueName();
    const wizard = new AlbWizardPage(page);
    await wizard.open();
    await wizard.fillBasics({ name, subnets: ["images-public-1a"] });
    await wizard.next();

    const subnets = page.getByRole("group", { name: "Subnets" });
    await expect(subnets).toContainText("needs subnets in at least two Availability Zones");
    await expect(subnets).toHaveAttribute("aria-invalid", "true");
    await expect(wizard.stepHeading()).toHaveText("Load balancer");
    expect(await loadBalancersNamed(name)).toEqual([]);
  });

  test("a failed step rolls everything back and names the step", async ({ page }) => {
    test.setTimeout(120_000);
    const name = uniqueName();
    const instanceName = `${name}-doomed`;
    // An instance of our own that is terminated between the review and Create: RegisterTargets then fails
    // after the security group and the target group exist, and both must be rolled back.
    const subnets = await ec2.send(
      new DescribeSubnetsCommand({ Filters: [{ Name: "tag:Name", Values: ["images-public-1a"] }] }),
    );
    const images = await ec2.send(new DescribeImagesCommand({}));
    const run = await ec2.send(
      new RunInstancesCommand({
        ImageId: images.Images?.[0]?.ImageId,
        MinCount: 1,
        MaxCount: 1,
        SubnetId: subnets.Subnets?.[0]?.SubnetId,
        TagSpecifications: [{ ResourceType: "instance", Tags: [{ Key: "Name", Value: instanceName }] }],
      }),
    );
    const instanceId = run.Instances?.[0]?.InstanceId ?? "";
    const wizard = new AlbWizardPage(page);
    try {
      await wizard.open();
      await wizard.fillBasics({ name, subnets: ["images-public-1a", "images-public-1b"] });
      await wizard.next();
      await wizard.chooseCertificate(1, SEEDED.certificateDomain);
      await wizard.next();
      await wizard.next();
      await wizard.fillTargetGroup({ name: `${name}-tg` });
      await wizard.next();
      await wizard.chooseInstances([instanceName]);
      await wizard.next();
      await wizard.next();
      await expect(wizard.creationSteps()).toContainText("Register 1 target");

      await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
      await wizard.create();

      const failure = page.getByRole("alert").filter({ hasText: "Nothing was created" });
      await expect(failure).toBeVisible({ timeout: 60_000 });
      await expect(failure).toContainText(`Failed step: Register 1 target (${instanceId})`);
      await expect(failure.getByRole("region", { name: "Rolled back" })).toContainText(
        `target group ${name}-tg`,
      );
      await expect(failure.getByRole("region", { name: "Rolled back" })).toContainText("security group sg-");
      await expect(failure.getByRole("region", { name: "Left behind" })).toContainText("Nothing");

      expect(await targetGroupsNamed(`${name}-tg`)).toEqual([]);
      expect(await securityGroupsNamed(`${name}-alb`)).toEqual([]);
      expect(await loadBalancersNamed(name)).toEqual([]);
    } finally {
      await cleanUp(name);
      const described = await ec2
        .send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))
        .catch(() => undefined);
      if (described?.Reservations?.[0]?.Instances?.[0]?.State?.Name !== "terminated")
        await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
    }
  });
});
