package org.wpsnetwork.kit.kafka;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.stream.binding.InputBindingLifecycle;
import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Starts the consumer bindings once the event topics exist, instead of during start-up. Spring Cloud Stream binds
 * consumers on the main thread while the context starts, and with the broker away each binding waits about a
 * minute for topic metadata: a consuming service started during an outage then has no health endpoint for
 * minutes. Here the bindings' own lifecycle does not start itself; this one starts it at the same phase when the
 * topics exist (as before, when the broker answers), else on the thread that creates the topics once it returns.
 */
public class ConsumerBindingsStart implements BeanPostProcessor, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerBindingsStart.class);

    private final ObjectProvider<TopicProvisioning> provisioning;
    private final List<SmartLifecycle> bindings = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    public ConsumerBindingsStart(ObjectProvider<TopicProvisioning> provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof InputBindingLifecycle lifecycle)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(lifecycle);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) call -> "isAutoStartup".equals(call.getMethod().getName())
                ? Boolean.FALSE : call.proceed());
        SmartLifecycle deferred = (SmartLifecycle) proxy.getProxy(lifecycle.getClass().getClassLoader());
        bindings.add(deferred);
        return deferred;
    }

    /** The phase the bindings start at on their own. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    @Override
    public void start() {
        running = true;
        TopicProvisioning topics = provisioning.getIfAvailable();
        if (topics == null) {
            startBindings();
            return;
        }
        if (!topics.ready()) {
            log.warn("The consumers start once the broker answers and the event topics exist");
        }
        topics.whenReady(this::startBindings);
    }

    private void startBindings() {
        if (running) {
            bindings.stream().filter(binding -> !binding.isRunning()).forEach(SmartLifecycle::start);
        }
    }

    /** The bindings themselves are stopped by the context, as running lifecycles. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
