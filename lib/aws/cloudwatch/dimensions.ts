/** `app/<name>/<id>`: the LoadBalancer dimension of AWS/ApplicationELB metrics, from the ALB's ARN. */
export function loadBalancerDimension(loadBalancerArn: string): string {
  const index = loadBalancerArn.indexOf(":loadbalancer/");
  return index >= 0 ? loadBalancerArn.slice(index + ":loadbalancer/".length) : loadBalancerArn;
}

/** `targetgroup/<name>/<id>`: the TargetGroup dimension, from the target group's ARN. */
export function targetGroupDimension(targetGroupArn: string): string {
  const index = targetGroupArn.indexOf(":targetgroup/");
  return index >= 0 ? targetGroupArn.slice(index + 1) : targetGroupArn;
}
