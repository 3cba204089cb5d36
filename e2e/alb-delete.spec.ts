import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteLoadBalancerCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  ChangeResourceRecordSetsCommand,
  ListHostedZonesByNameCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from "@aws-sdk/client-route-53";

import { expect, SEEDED, test } from "./fixtures";
import { AlbPage } from "./pages/alb-page";

// The runner sets AWS_ENDPOINT_URL (and dummy keys) for the seeded emulator; the SDK picks them up.
const elbv2 = new ElasticLoadBalancingV2Client({ region: "us-east-1" });
const ec2 = new EC2Client({ region: "us-east-1" });
const route53 = new Route53Client({ region: "us-east-1" });

// A load balancer as the wizard leaves one: its own security group and target group, and an alias pointing at it.
const name = `e2e-del-${Date.now().toString(36)}`;
const recordName = `${name}.example.com`;
let arn = "";
let securityGroupId = "";
let zoneId = "";

async function aliasRecords() {
  const response = await route53.send(
    new ListResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      StartRecordName: `${recordName}.`,
      MaxItems: 5,
    }),
  );
  return (response.ResourceRecordSets ?? []).filter((record) => record.Name === `${recordName}.`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const seeded = (await elbv2.send(new DescribeLoadBalancersCommand({ Names: [SEEDED.loadBalancer] })))
    .LoadBalancers?.[0];
  const group = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: `${name}-sg`,
      Description: "e2e: only this ALB",
      VpcId: seeded?.VpcId,
    }),
  );
  securityGroupId = group.GroupId ?? "";
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: securityGroupId,
      IpPermissions: [{ IpProtocol: "tcp", FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
    }),
  );
  const targetGroup = await elbv2.send(
    new CreateTargetGroupCommand({
      Name: `${name}-tg`,
      Protocol: "HTTP",
      Port: 80,
      VpcId: seeded?.VpcId,
      TargetType: "instance",
    }),
  );
  const created = await elbv2.send(
    new CreateLoadBalancerCommand({
      Name: name,
      Type: "application",
      Scheme: "internet-facing",
      Subnets: (seeded?.AvailabilityZones ?? []).map((zone) => zone.SubnetId ?? ""),
      SecurityGroups: [securityGroupId],
    }),
  );
  const lb = created.LoadBalancers?.[0];
  arn = lb?.LoadBalancerArn ?? "";
  await elbv2.send(
    new CreateListenerCommand({
      LoadBalancerArn: arn,
      Protocol: "HTTP",
      Port: 80,
      DefaultActions: [{ Type: "forward", TargetGroupArn: targetGroup.TargetGroups?.[0]?.TargetGroupArn }],
    }),
  );
  const zones = await route53.send(new ListHostedZonesByNameCommand({ DNSName: SEEDED.zoneName }));
  zoneId = (zones.HostedZones?.find((zone) => zone.Name === SEEDED.zoneName)?.Id ?? "").replace(
    "/hostedzone/",
    "",
  );
  await route53.send(
    new ChangeResourceRecordSetsCommand({
      HostedZoneId: zoneId,
      ChangeBatch: {
        Changes: [
          {
            Action: "CREATE",
            ResourceRecordSet: {
              Name: recordName,
              Type: "A",
              AliasTarget: {
                DNSName: lb?.DNSName,
                HostedZoneId: lb?.CanonicalHostedZoneId,
                EvaluateTargetHealth: true,
              },
            },
          },
        ],
      },
    }),
  );
});

test.afterAll(async () => {
  const found = await elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] })).catch(() => undefined);
  if (found?.LoadBalancers?.length) await elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn }));
  for (const record of await aliasRecords()) {
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: { Changes: [{ Action: "DELETE", ResourceRecordSet: record }] },
      }),
    );
  }
});

test("the page lists the DNS names pointing at the load balancer, linked to the record, and suggests a free name", async ({
  page,
}) => {
  const alb = new AlbPage(page);
  await alb.open(name);

  const names = page.getByRole("table", { name: `DNS names pointing at ${name}` });
  const link = names.getByRole("link", { name: recordName, exact: true });
  await expect(link).toBeVisible();
  await expect(names.getByRole("row").filter({ hasText: recordName })).toContainText("simple");
  await expect(link).toHaveAttribute("href", new RegExp(`^/hosted-zones/${zoneId}/records/edit\\?key=`));

  // The alias form no longer offers the name that already points here.
  const aliasForm = await alb.openAliasForm();
  await expect(aliasForm.getByLabel("Record name")).toHaveValue(`${name}-2.example.com`);
});

test("an unknown load balancer's page has exactly one main landmark", async ({ page }) => {
  await page.goto(`/load-balancers/${name}-missing`);
  await expect(page.getByRole("heading", { level: 1, name: "Load balancer not found" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("deleting names the alias that would dangle and the groups only it uses, and removes the ticked ones after review", async ({
  page,
}) => {
  const alb = new AlbPage(page);
  await alb.open(name);
  const remove = await alb.openDeletion();

  const recordBox = remove.getByLabel(`Also delete ${recordName} A in example.com`);
  await expect(recordBox).toBeVisible();
  await expect(
    remove.getByRole("note").filter({ hasText: `Will dangle: ${recordName} A in example.com` }),
  ).toBeVisible();
  await remove.getByLabel(`Also delete target group ${name}-tg`).check();
  await remove.getByLabel(`Also delete security group ${name}-sg (${securityGroupId})`).check();
  await recordBox.check();
  await expect(remove.getByRole("note").filter({ hasText: "Will dangle" })).toHaveCount(0);

  const review = await alb.reviewDeletion(name);
  await expect(alb.previewRow(review, "Load balancer")).toContainText(name);
  await expect(alb.previewRow(review, "DNS records pointing here")).toContainText(
    `removed: ${recordName} A in example.com`,
  );
  await expect(alb.previewRow(review, "Target groups only it uses")).toContainText(`${name}-tg`);
  await expect(alb.previewRow(review, "Security groups only it uses")).toContainText(securityGroupId);
  expect(await aliasRecords()).toHaveLength(1);

  await review.getByRole("button", { name: "Delete load balancer" }).click();
  await expect(page).toHaveURL(/\/load-balancers$/);
  // The list itself, not its loading skeleton, has no link to the deleted ALB.
  await expect(page.getByRole("heading", { level: 1, name: "Load balancers" })).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);

  await expect(elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] }))).rejects.toThrow();
  await expect(elbv2.send(new DescribeTargetGroupsCommand({ Names: [`${name}-tg`] }))).rejects.toThrow();
  const groups = await ec2.send(
    new DescribeSecurityGroupsCommand({ Filters: [{ Name: "group-name", Values: [`${name}-sg`] }] }),
  );
  expect(groups.SecurityGroups ?? []).toHaveLength(0);
  expect(await aliasRecords()).toHaveLength(0);
});
